/** Words that pin an event to a recent, specific moment; with other details they help identify a person. */
export default String.raw`
vandaag
vannacht
vanochtend
vanmorgen
vanmiddag
vanavond
gisteren
gisteravond
gisternacht
gistermiddag
gisterochtend
eergisteren
zojuist
net binnen
vorige week
afgelopen nacht
afgelopen weekend
dit weekend
deze week
`;

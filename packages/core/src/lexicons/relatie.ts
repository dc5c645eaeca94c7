/**
 * Signs of personal, non-professional contact between a professional and a (former) client or relative
 * (`cue | soort`). `contact`: seeking or keeping up private contact; `flirt`: personal attention in an
 * incoming message; `weigering`: a professional refusal or a general question, which cancels the signal.
 */
export default String.raw`
samen op stap | contact
koffie te drinken | contact
koffie drinken | contact
zin om binnenkort | contact
vriendschapsverzoek .. .. geaccepteerd | contact
accepteer* .. vriendschapsverzoek | contact
samen .. eten | contact
samen .. drinken | contact
samen .. koffie | contact
samen .. vakantie | contact
samen .. stap | contact
samen .. film | contact
samen .. bioscoop | contact
samen .. wandelen | contact
samen .. sporten | contact
samen .. terras* | contact
samen uit | contact
samen iets drinken | contact
samen koffie | contact
samen eten | contact
een keer afspreken | contact
keer afspreken | contact
afspreken buiten | contact
zullen we .. afspreken | contact
zullen wij .. afspreken | contact
zullen we .. drinken | contact
zullen wij .. drinken | contact
biertje doen | contact
wijntje doen | contact
vriendinnen geworden | contact
vrienden geworden | contact
vriendinnen worden | contact
goede vriendinnen | contact
goede vrienden | contact
beste vriendinnen | contact
vriendschapsverzoek geaccepteerd | contact
verzoek geaccepteerd | contact
vriendschapsverzoek gestuurd | contact
volgt me | contact
volgt mij | contact
ik volg haar | contact
ik volg hem | contact
stuurt me .. bericht* | contact
stuurt mij .. bericht* | contact
stuur altijd wat terug | contact
appen we | contact
app je me | contact
mijn privénummer | contact
mijn prive nummer | contact
mijn eigen nummer | contact
date | contact
ben ik er ook bij | contact
zag je foto's | contact
je foto's gezien | contact
afspraakje | contact
verliefd | contact
# --- incoming personal attention
van u gevonden | flirt
foto's van u | flirt
foto van u | flirt
strandfoto* van u | flirt
u bent zo knap | flirt
u bent knap | flirt
u ziet er .. uit | flirt
uw privénummer | flirt
uw prive nummer | flirt
uw eigen nummer | flirt
met u uit | flirt
met u afspreken | flirt
drankje doen | flirt
zin om een keer | flirt
keer wat .. drinken | flirt
wat te drinken | flirt
wat drinken | flirt
ik zag dat je ook | flirt
ik zag dat u ook | flirt
mis u | flirt
denk steeds aan u | flirt
vriendschapsverzoek | flirt
vrienden worden | flirt
# --- refusals and general questions cancel the signal
liever geen vrienden | weigering
geen vrienden | weigering
niet met cliënten | weigering
niet met patiënten | weigering
hoe gaan jullie om | weigering
hoe ga je om | weigering
ik twijfel | weigering
accepteer ik niet | weigering
accepteer ik liever geen | weigering
accepteer het niet | weigering
gescheiden van mijn werk | weigering
ga ik niet op in | weigering
`;

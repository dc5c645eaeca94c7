/**
 * Adjectives of origin, nationality, faith or ethnicity. Combined with a group word ("families", "mensen")
 * and a generalising word ("die", "altijd") they make a stereotyping remark; as a detail about one client
 * they add to identifiability.
 */
export default String.raw`
marokkaan*
turk*
surinaam*
antilliaan*
kaapverdiaan*
somali*
syri*
eritree*
afghaan*
irakees
iraakse
iraanse
poolse
polen
roemeense
roemenen
bulgaarse
bulgaren
oost-europe*
afrikaan*
aziat*
chinees
chinese
indische
molukse
arabische
allochto*
buitenlander*
buitenlandse
moslim*
islamitische
joodse
joden
zigeuner*
roma
woonwagen*
asielzoeker*
statushouder*
vluchteling*
expat*
`;

/**
 * Words and signs that a text shares or announces pictures, film or recordings. Words with another common
 * meaning ("opname" is also an admission, "echo" an examination) are left out on purpose.
 */
export default String.raw`
foto
foto's
fotootje
foto'tje
foto’tje
*foto
*foto's
kiekje
kiekjes
pic
pics
snapje
snapjes
story
reel
reels
livestream
vlog
vlogje
beelden
portret
portretje
swipe
camera
screenshot*
clip
clipje
clipjes
tiktok gemaakt
nieuwe tiktok
tiktok van
tiktok over
deze tiktok
tiktok met
op tiktok gezet
tiktokje
filmen
zie hieronder
plaatje
plaatjes
afbeelding
afbeeldingen
met .. erop
staan erop
staat erop
selfie
selfie*
video
video's
filmpje*
gefilmd
filmen
gefotografeerd
op de foto
op beeld
beeldopname
röntgen*
throwback
tbt
kijk eens naar deze
kijk naar deze
kijk hoe
zie foto
zie video
snapchat
snapje
highlights
even vastgelegd
op camera
live vanaf
live vanuit
videoverslag
videootje
videoclip*
beelden
vlogje
boomerang
vastgelegd hoe
kijk mee via
📸
📷
🎥
📹
# --- sound recordings
audio
stukje audio
geluidsopname
geluidsopnames
opname van de sessie
opname van het gesprek
spraakmemo
voicememo
🎧
`;

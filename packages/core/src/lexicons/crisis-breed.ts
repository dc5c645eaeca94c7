/**
 * Broad word families for acute danger, added to `crisis.ts` (same `cue | categorie` format): overdoses named
 * by the kind of pill (benzodiazepines end in -pam, painkillers, sleeping pills) with taking or swallowing.
 */
export default String.raw`
*pam genomen | suicide
*pam ingenomen | suicide
*pam geslikt | suicide
*pammen genomen | suicide
*pammen geslikt | suicide
paracetamol* geslikt | suicide
paracetamol* .. genomen | suicide
slaappil* geslikt | suicide
slaappil* .. genomen | suicide
tabletten geslikt | suicide
pillen geslikt | suicide
strip* .. geslikt | suicide
`;

import type { Toestemming } from '../routes/toestemming-model.js';

/** Identifier system for the organisation-local pseudonymous client reference. */
export const CLIENT_REF_SYSTEM = 'urn:zorgvuldig:client-ref';

/**
 * Export a consent from the register as an HL7 FHIR R4 `Consent` resource (privacy consent, opt-in).
 * Recipient, purpose and data categories are free text in the register, so they travel as display texts.
 */
export function toFhirConsent(t: Toestemming, organisatieNaam: string): Record<string, unknown> {
  const period: Record<string, string> = { start: t.geldigVan };
  if (t.geldigTot) period.end = t.geldigTot;
  return {
    resourceType: 'Consent',
    id: t.id,
    meta: { lastUpdated: (t.ingetrokkenOp ?? t.vastgelegdOp) },
    status: t.status === 'actief' ? 'active' : 'inactive',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }],
    },
    category: [
      {
        coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }],
        text: `Toestemming om gegevens te delen (${t.verkregen} verkregen)`,
      },
    ],
    patient: { identifier: { system: CLIENT_REF_SYSTEM, value: t.clientRef } },
    dateTime: t.vastgelegdOp,
    performer: [{ display: t.vastgelegdDoor.naam }],
    organization: [{ display: organisatieNaam }],
    policyRule: { text: t.uitgelegd },
    provision: {
      type: 'permit',
      period,
      actor: [
        {
          role: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }],
            text: t.ontvanger.soort === 'rol' ? 'ontvanger (rol)' : 'ontvanger (organisatie)',
          },
          reference: { display: t.ontvanger.naam },
        },
      ],
      // Free-text purpose and data categories have no code system: they travel as Coding displays.
      purpose: [{ display: t.doel }],
      class: t.gegevens.map((g) => ({ display: g })),
    },
  };
}

export function AuditScherm(_props: { id?: string }) {
  return <h1 className="utrecht-heading-1" tabIndex={-1}>AuditScherm</h1>;
}

export function CasussenScherm(_props: { id?: string }) {
  return <h1 className="utrecht-heading-1" tabIndex={-1}>CasussenScherm</h1>;
}

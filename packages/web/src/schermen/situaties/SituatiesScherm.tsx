export function SituatiesScherm(_props: { id?: string }) {
  return <h1 className="utrecht-heading-1" tabIndex={-1}>SituatiesScherm</h1>;
}

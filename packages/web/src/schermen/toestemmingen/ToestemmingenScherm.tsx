export function ToestemmingenScherm(_props: { id?: string }) {
  return <h1 className="utrecht-heading-1" tabIndex={-1}>ToestemmingenScherm</h1>;
}

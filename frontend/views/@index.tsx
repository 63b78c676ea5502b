export const config = { title: 'My caseload', loginRequired: true };

export default function CaseloadView() {
  return <main><h1>My caseload</h1></main>;
}

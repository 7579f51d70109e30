/** The id of a section's heading on the page of all questions (`/all/`), beside its questions' own ids. */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/** The id of a section's heading on the page of all questions (`/all/`), beside its questions' own ids. */
export const sectionAnchor = (sectionId: string) => `section-${sectionId}`;

/** The id of a section's heading in the index of all questions, on the home page and the 404 page. */
export const indexAnchor = (sectionId: string) => `index-${sectionId}`;

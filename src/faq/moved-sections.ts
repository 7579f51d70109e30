import type { FaqModel, FaqSection } from './faq-model.ts';

/**
 * The retired sections that name a section in their place, each with that section: their addresses send readers
 * there, by a page for any host (src/integrations/permalinks.ts) and by a redirect on the hosts that read one from a
 * file (src/integrations/host-files.ts).
 */
export function movedSections({ sections, retiredSections }: FaqModel): [id: string, to: FaqSection][] {
  return Object.entries(retiredSections).flatMap(([id, removal]) => {
    const to = sections.find((section) => section.id === removal.section);
    return to ? [[id, to] as [string, FaqSection]] : [];
  });
}

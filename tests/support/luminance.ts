import type { Page } from '@playwright/test';

/**
 * Relative luminance (0 black to 1 white) of the computed colour of each element matched by `selector`, read
 * through a canvas so that any CSS colour syntax (rgb, oklch, color-mix…) counts the same.
 */
export function luminanceOf(
  page: Page,
  selector: string,
  property: 'color' | 'backgroundColor' = 'color',
): Promise<number[]> {
  return page.evaluate(
    ({ selector, property }) => {
      const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      return [...document.querySelectorAll(selector)].map((element) => {
        canvas.clearRect(0, 0, 1, 1);
        canvas.fillStyle = getComputedStyle(element)[property];
        canvas.fillRect(0, 0, 1, 1);
        const [r, g, b] = [...canvas.getImageData(0, 0, 1, 1).data].map((value) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      });
    },
    { selector, property },
  );
}

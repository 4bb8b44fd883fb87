/**
 * Shorter file names for the browser's script bundles. Astro names the bundle of a component's
 * `<script>` after the virtual module it comes from —
 * `ShortlistToggleScript.astro_astro_type_script_index_0_lang.vMewfHPe.js` — and a page links
 * six or seven of them: the 37 characters of that suffix cost about 250 bytes on every page.
 * This keeps the component's name and the hash (`ShortlistToggleScript.vMewfHPe.js`), for the
 * bundles and the chunks they share.
 */
import type { AstroIntegration } from 'astro';

/** Characters Astro keeps in a chunk's name (the others become `_`). */
const UNSAFE = /[^\w.\-/]/g;

/** A bundle's name without the suffix of Astro's script modules, made safe as Astro does. */
export function shortScriptName(chunkName: string): string {
  return chunkName.replace(/\.astro_astro_type_script_index_\d+_lang$/, '').replace(UNSAFE, '_');
}

export function shortScriptNames(): AstroIntegration {
  return {
    name: 'ocop:short-script-names',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const fileName = (chunk: { name: string }) =>
          `${config.build.assets}/${shortScriptName(chunk.name)}.[hash].js`;
        updateConfig({
          vite: {
            environments: {
              client: {
                build: {
                  rolldownOptions: {
                    output: { entryFileNames: fileName, chunkFileNames: fileName },
                  },
                },
              },
            },
          },
        });
      },
    },
  };
}

/**
 * A result's picture in a box of fixed shape (nothing moves when it arrives): the drawing of its
 * category leaf at once, and its photo over it when it has one. The photo is the 480 px WebP
 * thumbnail listing cards use (4–7 KB), loaded lazily; its URL comes from the small photo file
 * of the slug (`photo-shards.ts`), fetched once per file and visit.
 */
import { useEffect, useState } from 'react';
import { categoryMotif, codesOfLeaf } from '../../lib/illustration/category-motif.ts';
import { photoShard } from './photo-shards.ts';
import type { SearchConfig } from './search-config.ts';

const files = new Map<string, Promise<Record<string, string>>>();

function photoFile(url: string): Promise<Record<string, string>> {
  let file = files.get(url);
  if (!file) {
    file = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
      .catch(() => ({}));
    files.set(url, file);
  }
  return file;
}

function usePhoto(slug: string, hasImage: boolean, photos: SearchConfig['photos']) {
  const [src, setSrc] = useState<string | undefined>();
  useEffect(() => {
    setSrc(undefined);
    if (!hasImage) return;
    let live = true;
    void photoFile(`${photos.base}${photoShard(slug, photos.count)}.json`).then((file) => {
      if (live) setSrc(file[slug]);
    });
    return () => {
      live = false;
    };
  }, [slug, hasImage, photos]);
  return src;
}

export function HitPicture({
  slug,
  leaf,
  hasImage,
  config,
}: {
  slug: string;
  leaf: string;
  hasImage: boolean;
  config: SearchConfig;
}) {
  const src = usePhoto(slug, hasImage, config.photos);
  const motif = categoryMotif(codesOfLeaf(leaf));
  return (
    <div
      className="relative aspect-[4/3] w-24 shrink-0 self-start overflow-hidden rounded-lg sm:w-full"
      data-picture={src ? 'photo' : 'drawing'}
    >
      <svg
        viewBox="0 0 200 150"
        aria-hidden="true"
        className="absolute inset-0 size-full"
        preserveAspectRatio="xMidYMid slice"
      >
        <rect width="200" height="150" fill={motif.background} />
        <path
          d={motif.path}
          fill="none"
          stroke={motif.stroke}
          strokeWidth="5"
          strokeLinejoin="round"
          strokeLinecap="round"
          opacity="0.8"
        />
      </svg>
      {src && (
        <img
          src={src}
          alt=""
          width={480}
          height={360}
          loading="lazy"
          decoding="async"
          className="absolute inset-0 size-full object-cover"
        />
      )}
    </div>
  );
}

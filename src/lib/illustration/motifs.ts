/**
 * The line drawings that stand in for a product photo, one per Decision 148 leaf, each with
 * the words of the leaf's name it depicts (`tests/unit/category-motif.test.ts` checks that
 * every leaf's motif depicts something its name says). SVG path data on a 200 × 150 canvas,
 * drawn as a 5-unit stroke.
 */
export interface Motif {
  /** Words of a leaf's Vietnamese or English name (lower case) that the drawing shows. */
  depicts: readonly string[];
  path: string;
}

/** A small closed circle at (x, y) of radius r, as path data. */
const dot = (x: number, y: number, r: number) =>
  `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

/** A drop hanging from (x, y). */
const drop = (x: number, y: number) => `M${x} ${y}c-6 8-8 12-8 16a8 8 0 0 0 16 0c0-4-2-8-8-16z`;

export const MOTIFS = {
  fruit: {
    depicts: ['quả', 'fruit'],
    path: 'M100 62c-22 0-36 16-36 36s16 34 36 34 36-14 36-34-14-36-36-36zm0 0c0-10 6-18 16-22',
  },
  fish: {
    depicts: ['thủy sản', 'aquatic'],
    path: `M50 92c18-24 56-26 84 0-28 26-66 24-84 0zM134 92l22-18v36z${dot(70, 88, 2)}`,
  },
  riceEar: {
    depicts: ['gạo', 'rice'],
    path: 'M96 134c0-36 6-60 24-86M108 76c-14-2-20-10-20-18 10 2 18 8 20 18zM104 100c-14-2-20-10-20-18 10 2 18 8 20 18zM114 88c14-4 20-12 20-20-10 2-18 8-20 20zM110 112c14-4 20-12 20-20-10 2-18 8-20 20z',
  },
  honeyJar: {
    depicts: ['mật ong', 'honey'],
    path: `M78 50h44M82 50v10c-10 6-14 14-14 26v32a10 10 0 0 0 10 10h44a10 10 0 0 0 10-10V86c0-12-4-20-14-26V50${drop(100, 82)}`,
  },
  noodleBowl: {
    depicts: ['đồ ăn nhanh', 'fast'],
    path: 'M56 96h88c0 22-20 36-44 36s-44-14-44-36zM112 92l34-50M126 92l30-44M74 96c4-10 10-10 14 0s10 10 14 0 10-10 14 0',
  },
  riceCake: {
    depicts: ['chế biến từ gạo', 'processed from rice'],
    path: 'M62 60h76v72H62zM100 60v72M62 96h76M92 50l8 10 8-10M70 68l8 8M130 68l-8 8M70 124l8-8M130 124l-8-8',
  },
  driedFruitBag: {
    depicts: ['chế biến từ rau', 'processed from vegetables'],
    path: `M66 56h68l4 76H62zM66 56l6-12h56l6 12${dot(100, 96, 16)}M100 80c0-6 4-10 10-12`,
  },
  porkRoll: {
    depicts: ['chế biến từ thịt', 'processed from meat'],
    path: 'M64 70h72a18 30 0 0 1 0 60H64a18 30 0 0 1 0-60zM64 70a18 30 0 0 0 0 60M88 70v60M112 70v60',
  },
  sauceBottle: {
    depicts: ['nước mắm', 'sauce'],
    path: 'M92 40h16v22l10 14v50a6 6 0 0 1-6 6H88a6 6 0 0 1-6-6V76l10-14zM82 92h36v22H82z',
  },
  chilli: {
    depicts: ['gia vị khác', 'chilli'],
    path: 'M80 60c12-4 20 4 20 14 0 30-18 48-46 58 22-18 28-38 26-72zM92 60c0-10 6-16 16-18M120 132h30M124 132v-28h22v28M130 104v-8h10v8',
  },
  teaBud: {
    depicts: ['chè tươi', 'camellia'],
    path: 'M64 118c0-40 30-64 72-70-2 42-28 70-72 70zm0 0 44-44M100 48c-14 4-20 16-18 30',
  },
  flowerTea: {
    depicts: ['thực vật khác', 'other plants'],
    path: `M64 92h64v12c0 16-14 28-32 28s-32-12-32-28zM128 98h8a9 9 0 0 1 0 18h-10M96 58c-8-8-8-16 0-20 8 4 8 12 0 20zm0 0c-10 2-16-2-18-10 8-2 14 2 18 10zm0 0c10 2 16-2 18-10-8-2-14 2-18 10z`,
  },
  coffeeBean: {
    depicts: ['cà phê', 'coffee'],
    path: 'M100 56c20 0 32 18 32 38s-12 38-32 38-32-18-32-38 12-38 32-38zm-6 8c10 16 10 44 12 60',
  },
  spiritJar: {
    depicts: ['rượu trắng', 'white spirits'],
    path: 'M90 38h20v12H90zM94 50v12c-16 6-28 20-28 38v20a12 12 0 0 0 12 12h44a12 12 0 0 0 12-12v-20c0-18-12-32-28-38V50M78 104h44',
  },
  wineGlass: {
    depicts: ['có cồn khác', 'other alcoholic'],
    path: 'M74 44h52c0 32-10 48-26 48S74 76 74 44zM100 92v34M80 128h40M77 62h46',
  },
  waterBottle: {
    depicts: ['nước khoáng', 'mineral water'],
    path: `M90 36h20v12l8 10v68a6 6 0 0 1-6 6H88a6 6 0 0 1-6-6V58l8-10zM82 76h36M82 106h36${drop(146, 60)}`,
  },
  juiceGlass: {
    depicts: ['không cồn', 'non-alcoholic'],
    path: 'M70 60h60l-8 72H78zM106 60l14-28h16M74 86h52',
  },
  capsule: {
    depicts: ['thuốc', 'medicines'],
    path: 'M66 104l32-32a15 15 0 0 1 22 22l-32 32a15 15 0 0 1-22-22zM82 88l22 22M124 120c0-20 12-32 30-34-2 20-14 32-30 34zm0 0 18-20',
  },
  creamJar: {
    depicts: ['mỹ phẩm', 'cosmetics'],
    path: 'M64 78h72v48a6 6 0 0 1-6 6H70a6 6 0 0 1-6-6zM60 60h80v18H60zM88 104c0-10 6-16 14-18 0 10-6 16-14 18zm0 0 10-10',
  },
  dropperBottle: {
    depicts: ['tinh dầu', 'essential oils'],
    path: `M82 76h36v50a6 6 0 0 1-6 6H88a6 6 0 0 1-6-6zM90 76V64h20v12M94 64V48a6 6 0 0 1 12 0v16${drop(146, 90)}`,
  },
  wovenBasket: {
    depicts: ['thủ công mỹ nghệ', 'handicrafts'],
    path: 'M58 82h84l-10 50H68zM52 82h96M70 82c0-34 60-34 60 0M63 100h74M66 116h68M84 82l-4 50M100 82v50M116 82l4 50',
  },
  shirt: {
    depicts: ['may mặc', 'garments'],
    path: 'M62 64l22-10c4 8 28 8 32 0l22 10-8 20-10-4v48H80V80l-10 4z',
  },
  flower: {
    depicts: ['hoa', 'flowers'],
    path: 'M100 132V90M80 50c0 26 8 40 20 40s20-14 20-40l-10 10-10-14-10 14zM100 116c10 0 18-8 20-18-10 0-18 8-20 18z',
  },
  bonsai: {
    depicts: ['cây cảnh', 'ornamental plants'],
    path: 'M70 112h60l-6 20H76zM100 112V92c0-10-8-16-18-18M100 98c8-6 16-8 26-6M64 72c0-12 14-18 26-12 8-10 28-8 30 4 12 0 16 12 8 18H70c-6-2-8-6-6-10z',
  },
  bird: {
    depicts: ['động vật cảnh', 'ornamental animals'],
    path: `M56 104c8-26 38-36 62-22l18-10-4 16c0 22-22 36-48 32-12-2-22-8-28-16zM90 96c8 8 20 10 30 4M96 126v8M110 126v8${dot(124, 84, 2)}`,
  },
  landscape: {
    depicts: ['du lịch', 'tourism'],
    path: `M44 130l32-52 22 30 16-20 42 42zM36 130h128${dot(146, 52, 10)}`,
  },
} as const satisfies Record<string, Motif>;

export type MotifName = keyof typeof MOTIFS;

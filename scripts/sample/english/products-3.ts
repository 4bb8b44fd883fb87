/** English text of the sample products (third part). */
import type { ProductEnglish } from './types.ts';

const KHAI_HOAN = (degrees: string) =>
  `First-press fish sauce (nước mắm nhĩ) fermented from anchovies and salt in the wooden barrels of the Khải Hoàn barrel house in Dương Đông, ${degrees}°N of protein nitrogen. It is deep reddish brown (the “cánh gián” colour prized in fish sauce), mildly salty, with the sweet finish of anchovies from the Phú Quốc sea. Each strength is a separate OCOP 5-star product.`;

const THANH_QUOC = (degrees: string) =>
  `Traditional Phú Quốc fish sauce from Thanh Quốc, ${degrees}°N of protein nitrogen, fermented from anchovies and salt in wooden barrels for 12 months or more. It is clear and reddish brown, fragrant and free of preservatives.`;

export const PRODUCTS_3: Record<string, ProductEnglish> = {
  'nuoc-mam-phu-quoc-khai-hoan-38-do-dam': { descriptionEn: KHAI_HOAN('38') },
  'nuoc-mam-phu-quoc-khai-hoan-40-do-dam': { descriptionEn: KHAI_HOAN('40') },
  'nuoc-mam-phu-quoc-khai-hoan-43-do-dam': { descriptionEn: KHAI_HOAN('43') },
  'nuoc-mam-thanh-quoc-35-do-dam': { descriptionEn: THANH_QUOC('35') },
  'nuoc-mam-thanh-quoc-40-do-dam': { descriptionEn: THANH_QUOC('40') },
  'nuoc-mam-thanh-quoc-43-do-dam': { descriptionEn: THANH_QUOC('43') },
  'ong-hut-tre-vibabo': {
    descriptionEn:
      'Straws made from natural bamboo and nứa (thin-walled bamboo) stems from Thường Xuân, cut, boiled, dried and sanded smooth. They can be used many times, in place of plastic straws.',
  },
  'phao-dat-nghia-an': {
    descriptionEn:
      'Clay firecrackers are a folk game of Nghĩa An village: players mould clay into an upturned bowl and throw it hard onto the ground so it bursts with a bang. Visitors learn to mould them from village craftspeople, compete and watch the village festival.',
  },
  'ruou-ba-kich-ba-che': {
    descriptionEn:
      'Liquor steeped with purple morinda root (ba kích) from the Ba Chẽ forests, cored and left in rice spirit for many months. It is pinkish purple and lightly sweet, and was re-recognised with OCOP 4 stars in 2023.',
  },
  'ruou-nam-lim-xanh-ba-che': {
    descriptionEn:
      'Liquor steeped with lim xanh lingzhi, a mushroom that grows on rotting ironwood trunks in the Ba Chẽ forests. The mushrooms are cleaned, dried and steeped in rice spirit, which turns reddish brown with a light bitterness.',
  },
  'ruou-nep-cai-hoa-vang-phuong-khiem': {
    descriptionEn:
      'A clear spirit distilled from Kinh Môn yellow-flower glutinous rice with traditional leaf yeast, distilled by hand and then aged underground. It is clear, fragrant with glutinous rice, smooth, and does not cause headaches.',
  },
  'son-mai-ha-thai': {
    descriptionEn:
      'Lacquer paintings, boxes and vases made in the Hạ Thái craft village, Thường Tín, with many coats of Vietnamese lacquer, sanded and painted by hand. Eggshell inlay and gold and silver leaf give the surface depth. The products are exported to many countries.',
  },
  'sua-de-dong-nghi': {
    descriptionEn:
      "Fresh goat milk from the cooperative's own herd, pasteurised and bottled the same day. The milk is lightly creamy and fragrant; keep it refrigerated.",
  },
  'tacumin-mat-ong-curcumin': {
    descriptionEn:
      'Tam Đảo honey combined with curcumin extracted from yellow turmeric, as an easy-to-use thick syrup. It is usually stirred into warm water in the morning.',
  },
  'thit-vit-bien-dong-xuyen': {
    descriptionEn:
      'Sea ducks raised free-range on the Tiền Hải coast; the meat is firm, lean and rich in flavour. The ducks are slaughtered, cleaned and vacuum-packed to keep them fresh.',
  },
  'thuc-pham-bao-ve-suc-khoe-saphraton': {
    descriptionEn:
      'A health supplement made from Ngọc Linh ginseng grown under the forest canopy of Nam Trà My. It comes as tablets and is one of the first two OCOP 5-star products of the former Quảng Nam province. This food is not a medicine.',
  },
  'tinh-bot-nghe-tam-dao': {
    descriptionEn:
      'Turmeric starch extracted from yellow turmeric grown at the foot of the Tam Đảo mountains, with the essential oil and resin removed. The powder is fine, bright yellow and dissolves easily; mix it with honey or milk.',
  },
  'to-yen-chung-xu-thanh': {
    descriptionEn:
      "Hậu Lộc bird's nest ready-stewed with rock sugar, in 70 ml glass jars. Ready to eat, and a handy gift.",
  },
  'to-yen-sao-xu-thanh': {
    descriptionEn:
      "Bird's nests from swiftlet houses on the Hậu Lộc coast, cleaned of feathers by hand and dried. Stew them with rock sugar or lotus seeds, or cook them in rice porridge.",
  },
  'to-yen-so-che-say-kho-hinest': {
    descriptionEn:
      "Bird's nests from swiftlet houses in Bạc Liêu, cleaned of feathers by hand, shaped and dried. Stew them with rock sugar, in rice porridge or in a broth.",
  },
  'tom-su-nguyen-con-dong-lanh': {
    descriptionEn:
      'Black tiger shrimp farmed in the brackish waters of Bạc Liêu, prepared whole and quick-frozen to keep them fresh. The meat is firm and sweet; small boxes, handy for families.',
  },
  'tom-the-hap-dong-lanh': {
    descriptionEn:
      'Whiteleg shrimp steamed and then frozen: just thaw and they are ready to eat. Handy for Vietnamese salads (gỏi), salads and fried rice.',
  },
  'tra-atiso-do-phuoc-hau-mau': {
    nameEn: 'Phước Hậu roselle tea (sample)',
    descriptionEn:
      'A fictional product, used only as sample data. Dried calyces of roselle ("red artichoke", bụp giấm), brewed into a ruby-red, mildly sour tea. The certificate of this sample product was issued while Ninh Thuận was still a province and was revoked by Khánh Hòa province after the merger.',
  },
  'tra-atiso-tui-loc-sapa': {
    descriptionEn:
      'Tea bags of leaves, stems and flowers of artichokes grown in Sa Pa, dried and ground fine. The tea is yellowish brown and lightly bitter, usually taken to "clear heat".',
  },
  'tra-den-phin-ho': {
    descriptionEn:
      'Black tea fermented from Phìn Hồ Shan tuyết buds, with a reddish-brown liquor and a honey aroma. Good brewed hot or made into milk tea.',
  },
  'tra-hoa-tan-day-thia-canh-pu-mat': {
    descriptionEn:
      'Instant tea extracted from gymnema (dây thìa canh) grown in Nghệ An, in small sachets, easy to make. It is lightly sweet, suited to people who want to cut down on sugar.',
  },
  'tra-hoa-vang-ba-che': {
    descriptionEn:
      'Golden camellia grown under natural forest in Ba Chẽ, where the climate is cool and the hill soil rich in humus. The flowers are cold-dried to keep their colour and scent. The product holds 4 stars and was scored as a potential 5-star product in 2023.',
  },
  'tra-hoa-vang-quy-hoa': {
    descriptionEn:
      'Golden camellia flowers grown in Hải Hà, picked as they open and dried with their petals whole. The tea is bright yellow, lightly fragrant, with a sweet aftertaste. It was rated OCOP 5 stars in 2022.',
  },
  'tra-tam-sen-que-bac': {
    descriptionEn:
      'Lotus embryos taken from Nam Đàn lotus seeds, sun-dried and pan-roasted into tea. The tea is bitter; many people drink it to help them sleep.',
  },
  'tra-tui-loc-tra-hoa-vang-tam-dao': {
    descriptionEn:
      'Tam Đảo golden camellia leaves and flowers, dried, ground and packed in handy tea bags. Each bag makes one cup: clear yellow, lightly astringent.',
  },
  'tra-xanh-phin-ho': {
    descriptionEn:
      'Green tea pan-roasted from the buds of ancient Shan tuyết tea trees in Phìn Hồ, Hoàng Su Phì. The liquor is yellowish green, gently astringent with a deep sweet aftertaste. The product was re-recognised with OCOP 5 stars.',
  },
  'trai-ran-dong-tam': {
    descriptionEn:
      'A visitor site keeping many species of snakes along with other animals and birds, combined with research and snakebite first aid. Visitors stroll through green grounds and learn about wildlife.',
  },
  'trung-vit-bien-dong-rui': {
    descriptionEn:
      'Eggs from sea ducks roaming the Đồng Rui mangroves in Tiên Yên, where they feed on wild shrimp, fish and seaweed. The yolks are large and orange-red, rich and nutty.',
  },
  'trung-vit-bien-dong-xuyen': {
    descriptionEn:
      'Eggs from sea ducks raised free-range on the Tiền Hải tidal flats, where they forage for small shrimp and seaweed. The yolks are large, deep in colour and rich; the eggs are cleaned and packed in trays.',
  },
  'vai-tuoi-queen-thanh-ha-lychee': {
    descriptionEn:
      'Thanh Hà lychees picked ripe from the tree, sorted for even size, stems trimmed and chilled straight after harvest. The fruit has red skin, thick flesh and a small seed, and is richly sweet. The product holds 4 stars and has been proposed for 5-star assessment.',
  },
  'vicumax-nano-curcumin': {
    descriptionEn:
      'Nano curcumin extracted from yellow turmeric, in ultra-fine particles the body absorbs better. Three pack sizes of the Vicumax line are recognised with OCOP 5 stars. This food is not a medicine.',
  },
  'yaourt-sua-de-say-thang-hoa-dong-nghi': {
    descriptionEn:
      "Yoghurt made from the cooperative's goat milk, freeze-dried into crisp bites that melt in the mouth and keep their live cultures. A snack for young children, stored at room temperature.",
  },
};

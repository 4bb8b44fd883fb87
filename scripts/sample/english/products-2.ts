/** English text of the sample products (second part). */
import type { ProductEnglish } from './types.ts';

const PEARLS = (kind: string) =>
  `${kind} pearls cultured and made into jewellery by Ngọc trai Hạ Long. Each pearl is graded by roundness, lustre and colour and comes with an inspection certificate. Visitors can watch pearls being seeded right on the bay.`;

const CUA_LO = (degrees: string) =>
  `Fish sauce fermented from anchovy and scad caught off Cửa Lò, with ${degrees}°N of protein nitrogen. It is golden brown, with a balanced salty-sweet taste, for dipping and seasoning.`;

export const PRODUCTS_2: Record<string, ProductEnglish> = {
  'gio-trai-dat': {
    descriptionEn:
      'A basket woven from Nga Sơn sedge, round like a globe, for storage, decoration or as a plant pot. The sedge is dried, dyed and woven by hand, so each basket is a little different.',
  },
  'hat-mac-ca-say-nut-vo-gia-nghia-mau': {
    nameEn: 'Gia Nghĩa dried cracked-shell macadamia nuts (sample)',
    descriptionEn:
      'A fictional product, used only as sample data. Macadamia nuts dried with their shells cracked, sold with a nut opener; the kernels are rich and nutty. The sample certificate was issued while Đắk Nông province still existed.',
  },
  'hat-sen-say-sen-que-bac': {
    descriptionEn:
      'Lotus seeds grown in Nam Đàn, shelled, cored and dried, keeping their nutty taste. Use them in chè (sweet soup), stewed chicken or rice porridge.',
  },
  'hoa-tra-hoa-vang-tam-dao': {
    descriptionEn:
      'Golden camellia flowers picked under the Tam Đảo forest canopy just as they open, and cold-dried to keep their bright yellow. The tea is pale yellow with a sweet aftertaste and can be steeped several times.',
  },
  'hong-vanh-khuyen-say-deo-mau': {
    nameEn: 'Soft-dried vành khuyên persimmons (sample)',
    descriptionEn:
      'A fictional product, used only as sample data. Ripe, soft vành khuyên persimmons are peeled and dried at a low temperature until chewy, with a white bloom and a rich sweetness. Eat them as they are or with tea.',
  },
  'kem-com-dau-non-trang-tien': {
    descriptionEn:
      "Milk ice cream with young green rice flakes (cốm) and young mung beans, fragrant with the new rice. It is made at Tràng Tiền's factory in Nam Sách.",
  },
  'kem-dau-xanh-trang-tien': {
    descriptionEn:
      'Milk ice cream with soft-cooked mung beans, nutty and gently sweet, familiar to generations of Hanoians. It was rated OCOP 4 stars in 2023.',
  },
  'keo-dua-ca-cao-dong-a': {
    descriptionEn:
      'Bến Tre coconut candy cooked from coconut milk, malt syrup and sugar, with cocoa powder for a light bitterness. Chewy and rich, each piece wrapped in edible rice paper.',
  },
  'keo-dua-gung-dong-a': {
    descriptionEn:
      'Coconut candy cooked with finely pounded fresh ginger: sweet, rich and warmly spicy. A good gift for older people and for chilly days.',
  },
  'keo-dua-sap-la-dua-vicosap': {
    descriptionEn:
      'Coconut candy made from Cầu Kè macapuno coconut, malt syrup and pandan leaf juice; soft, chewy and fragrant. Each piece is wrapped in edible rice paper and boxed as a gift.',
  },
  'keo-dua-sau-rieng-dong-a': {
    descriptionEn:
      'Coconut candy mixed with ripe durian flesh from the orchards of Bến Tre, chewy and strongly fragrant. Each piece is wrapped and packed in a paper box.',
  },
  'keo-dua-sau-rieng-la-dua-dong-a': {
    descriptionEn:
      "Bến Tre coconut candy combining durian flesh and pandan leaf juice, pale green and richly fragrant. One of Đông Á's four coconut candy flavours rated OCOP 5 stars in 2023.",
  },
  'keo-lac-ha-ly': {
    descriptionEn:
      'Peanut brittle made from roasted peanuts, sugarcane molasses and ginger, rolled thin and cut into pieces. Crunchy, moderately sweet, fragrant with ginger.',
  },
  'khan-bong-thanh-chat': {
    descriptionEn:
      "Face towels and bath towels woven from cotton yarn, soft and absorbent. They carry on Thái Bình's weaving tradition; the provincial council scored them above 90 points, in the potential 5-star group.",
  },
  'lan-cay-mo-kim-thanh': {
    descriptionEn:
      'Orchids propagated by tissue culture, so the young plants are disease-free and even: phalaenopsis, dendrobium and mokara. They are grown in coconut husk and sold by the pot or by the tray of seedlings.',
  },
  'mai-nu-chieu-thuy-mat-khi': {
    descriptionEn:
      "A bonsai of yellow apricot blossom grafted onto a Wrightia (chiếu thủy) trunk as gnarled as a monkey's face, tended for many years by the craftsman Tám Bình. It has an ancient shape and a knotty trunk, and its yellow flowers open at Tết.",
  },
  'mam-cay-dac-biet-quang-phuc': {
    descriptionEn:
      'Crab paste made from small field crabs (cáy) of the Quảng Xương coast, pounded fine, salted and sun-cured for many months. It is thick and fragrant, a dip for boiled vegetables and boiled meat.',
  },
  'mam-cay-hong-tien': {
    nameEn: 'Hồng Tiến crab paste (mắm cáy)',
    descriptionEn:
      'Crab paste made from small crabs (cáy) caught on the coastal mudflats of Thái Bình, pounded fine, salted and aged in stoneware jars. It is brown with a characteristic aroma; it is usually mixed with lime, chilli and garlic as a dip for boiled morning glory or eaten with rice noodles.',
  },
  'mat-hoa-dua-tra-vinh-farm': {
    descriptionEn:
      'Nectar concentrated from coconut blossom sap, cooked at a low temperature with no added sugar. It is amber brown and gently sweet, used instead of sugar in drinks and cooking. It was the first national-level OCOP 5-star product of the former Trà Vinh province.',
  },
  'mat-ong-banh-to-tam-dao': {
    descriptionEn:
      'Honey still in its wax comb, cut from hives kept in the Tam Đảo forests. One eats both wax and honey, delicately sweet and scented with forest flowers. It was re-rated 4 stars.',
  },
  'mat-ong-hoa-nhan-bometa': {
    descriptionEn:
      'Honey from the longan blossom season, bright yellow and scented with ripe longan. It is filtered, its moisture reduced, and bottled in glass.',
  },
  'mat-ong-hoa-rung-bometa': {
    descriptionEn:
      'Honey from hives placed in the forests of western Nghệ An, dark amber and richly sweet. Every batch is tested before bottling.',
  },
  'mat-ong-hoa-rung-tam-dao': {
    descriptionEn:
      'Honey made by native bees from forest flowers around Tam Đảo National Park. It is thick and amber, filtered and reduced in moisture before bottling.',
  },
  'mat-ong-quat-tam-dao': {
    descriptionEn:
      'Sliced fresh kumquats steeped in Tam Đảo honey and left long enough for the oil of the peel to blend into the honey. Stir it into warm water to soothe the throat and calm a cough, or into summer drinks.',
  },
  'muoi-hat-bac-lieu': {
    descriptionEn:
      'Salt crystals dried on tarpaulin-lined salt fields on the Bạc Liêu coast, then washed and dried. The crystals are large and white with a strong saltiness, for pickling vegetables, curing fish and cooking.',
  },
  'muoi-hat-sach-dong-hai': {
    nameEn: 'Đông Hải clean sea salt crystals',
    descriptionEn:
      'Salt crystals from the salt farmers of Đông Hải, dried on tarpaulin so they are free of sand, white and dry. The salt is bagged for cooking and for pickling cabbage and aubergines.',
  },
  'muoi-ot-chanh-bac-lieu': {
    descriptionEn:
      "Bạc Liêu salt crystals mixed with green bird's-eye chilli and lime zest: salty, hot and sour. Usually a dip for seafood and boiled chicken.",
  },
  'muoi-say-thao-moc-bac-lieu': {
    descriptionEn:
      'Bạc Liêu salt crystals dried with lemongrass, lime leaves and pepper, a seasoning for marinades and grilling. The salt is dry and free-flowing, fragrant with herbs.',
  },
  'muoi-tinh-bac-lieu': {
    descriptionEn:
      'Bạc Liêu sea salt dissolved, filtered of impurities and recrystallised into fine white grains. One of the first two salt products of Cà Mau rated OCOP 5 stars at national level.',
  },
  'muoi-tinh-say-dong-hai': {
    nameEn: 'Đông Hải dried refined salt',
    descriptionEn:
      "Đông Hải sea salt ground and dried into small, even grains, sprinkled straight into cooking. It is one of the company's three salts recognised under OCOP.",
  },
  'muoi-tom-bac-lieu': {
    descriptionEn:
      'Bạc Liêu salt crystals roasted with pounded dried shrimp, chilli and garlic; orange, hot and fragrant. A dip for sour fruit such as mango, ambarella and guava.',
  },
  'nam-dui-ga-phung-gia': {
    descriptionEn:
      'King oyster mushrooms grown in temperature-controlled houses in Bình Xuyên, with thick, white, crisp stems. They are picked and packed in trays the same day; stir-fry, grill or add them to hot pot.',
  },
  'nem-nuong-vinh-lai': {
    descriptionEn:
      'Nem made from lean pork minced with fat and spices, wrapped around bamboo sticks and grilled over charcoal. Fragrant, eaten with rice paper, fresh herbs and dipping sauce.',
  },
  'ngoc-trai-akoya-ha-long': { descriptionEn: PEARLS('Akoya') },
  'ngoc-trai-southsea-ha-long': { descriptionEn: PEARLS('South Sea') },
  'ngoc-trai-tahiti-ha-long': { descriptionEn: PEARLS('Tahitian') },
  'nha-co-ba-duc': {
    descriptionEn:
      "A wooden house more than a hundred years old with finely carved columns and rafters, still holding many old altar pieces and household objects. Visitors hear the family's history and taste orchard-country dishes.",
  },
  'nhut-thanh-chuong': {
    descriptionEn:
      'Nhút is the soured young jackfruit of the people of Thanh Chương: jackfruit cut into strips and salted with coarse salt, chilli and ginger. It is crunchy and mildly sour, eaten with hot rice, cooked in fish soup or stir-fried with meat.',
  },
  'non-la-bai-tho-tay-ho-mau': {
    nameEn: 'Tây Hồ poem conical hat (sample)',
    descriptionEn:
      'A fictional product, used only as sample data. A two-layer conical hat stitched by hand, with pictures and lines of poetry pressed between the layers of leaf that show only when held up to the sun. The sample certificate was issued at district level in 2024, while Thừa Thiên Huế was still a province.',
  },
  'nuoc-cot-hoa-atiso-ngoc-hoan': {
    descriptionEn:
      'A concentrate cooked from artichoke flowers, reduced and bottled, to be diluted with water. The drink is sweet, cooling and slightly bitter, usually taken to "clear heat".',
  },
  'nuoc-khoang-thien-nhien-quang-hanh': {
    descriptionEn:
      'Mineral water drawn from the hot mineral spring at Quang Hanh, Cẩm Phả, and bottled at source. It tastes slightly salty and is rich in minerals.',
  },
  'nuoc-mam-ca-com-sa-huynh-mau': {
    nameEn: 'Sa Huỳnh anchovy fish sauce (sample)',
    descriptionEn:
      'A fictional product, used only as sample data. Fish sauce fermented from anchovies and salt in wooden barrels, 35°N of protein nitrogen, deep reddish brown (the “cánh gián” colour prized in fish sauce) with a sweet finish. The sample certificate was issued after the 2025 merger of provinces.',
  },
  'nuoc-mam-cua-lo-20n': { descriptionEn: CUA_LO('20') },
  'nuoc-mam-cua-lo-30n': { descriptionEn: CUA_LO('30') },
  'nuoc-mam-cua-lo-40n': { descriptionEn: CUA_LO('40') },
};

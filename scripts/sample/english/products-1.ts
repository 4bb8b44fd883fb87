/** English text of the sample products (first part): translations of `description`, and an English name where the data had none. */
import type { ProductEnglish } from './types.ts';

export const PRODUCTS_1: Record<string, ProductEnglish> = {
  'banh-cay-dinh-manh': {
    nameEn: 'Đình Mạnh cáy rice cake',
    descriptionEn:
      'Cáy cake from the Đình Mạnh workshop in Đông Sơn commune, made from yellow-flower glutinous rice, malt syrup and fresh ginger to a family recipe. Each bar is yellow with gac fruit and green with pandan leaf, studded with sesame seeds and peanuts. Once a simple country gift, it now comes in standard packaging and holds OCOP 4 stars.',
  },
  'banh-cay-lang-nguyen': {
    descriptionEn:
      'Cáy cake is the speciality of Nguyễn village in Đông Hưng, in the former Thái Bình province, made from puffed roasted glutinous rice mixed with malt syrup, ginger, sesame, peanuts and diced carrot. The mixture is pressed in a mould and cut into small bars, crisp, light and gently sweet. The Thiên Đức workshop still makes it the traditional way and boxes it as a gift.',
  },
  'banh-dau-sau-rieng-rong-vang-hoang-gia': {
    descriptionEn:
      'Hải Dương mung bean cake combined with durian, fragrant and rich. The cake was rated OCOP 5 stars in the first round of 2025.',
  },
  'banh-dau-tra-xanh-rong-vang-hoang-gia': {
    descriptionEn:
      'Mung bean cake blended with green tea powder: sweet and nutty with a light touch of bitterness. The cake was rated OCOP 5 stars in the first round of 2025.',
  },
  'banh-dau-xanh-rong-vang-hoang-gia': {
    descriptionEn:
      'Hải Dương mung bean cake made from mung beans, sugar, lard and pomelo-blossom scent; it melts smoothly in the mouth. The Hoàng Gia (Royal) line comes in an elegant gift box and was rated OCOP 5 stars in 2024.',
  },
  'banh-dua-nuong-quy-thu': {
    descriptionEn:
      'Baked coconut biscuits made from shredded coconut flesh, wheat flour, eggs and sugar, baked crisp and fragrant. They are a speciality of Quế Sơn and one of the first two OCOP 5-star products of the former Quảng Nam province.',
  },
  'banh-gai-nga-toi': {
    descriptionEn:
      'Bánh gai is made from ramie leaves pounded with glutinous rice flour and sugarcane molasses, filled with mung bean, coconut, sesame, pork fat and lotus seeds. It is wrapped in dried banana leaves and tied with bamboo strips; sweet, fragrant and chewy.',
  },
  'banh-la-ha-lai': {
    descriptionEn:
      'Bánh lá is made from plain rice flour with a filling of minced shrimp and pork, wrapped in banana leaf and steamed. Soft and translucent, eaten with seasoned fish sauce, it is a familiar breakfast in Thanh Hóa.',
  },
  'banh-pia-soc-trang': {
    descriptionEn:
      'Pía cake with many thin layers of pastry and a filling of mung bean, durian and salted egg yolk, to the recipe of the Chinese community of Sóc Trăng. It was presented as an OCOP product at the 2021 festival.',
  },
  'banh-tet-ba-mau': {
    descriptionEn:
      'Bánh tét of glutinous rice in three colours — green from pandan leaf, purple from magenta plant leaf and red from gac fruit — filled with mung bean, fatty pork and salted egg. Each slice shows coloured swirls; it is a typical Tết gift from Trà Vinh.',
  },
  'banh-trang-imex-travinh': {
    descriptionEn:
      'Rice paper made from rice of the Trà Vinh rice-growing area, spread thin and evenly dried; it stays supple and does not tear when dipped in water. The provincial council scored it as a potential 5-star product in 2022.',
  },
  'banh-trang-sieu-mong-tan-nhien': {
    descriptionEn:
      'Ultra-thin rice paper from Trảng Bàng: left in the open air it softens by itself, with no need to dip it in water. It is used to roll boiled pork and wild greens, dipped in mắm nêm (fermented anchovy sauce).',
  },
  'binh-hoa-lam-gom-chu-dau': {
    descriptionEn:
      'A vase hand-painted in cobalt blue glaze on an ivory-white ground, with the free brushwork typical of Chu Đậu ceramics. It is shaped, painted and fired by hand in Nam Sách and was rated OCOP 5 stars in the first round of 2025.',
  },
  'binh-ngoc-gom-chu-dau': {
    descriptionEn:
      'A jade-shaped vase painted in blue with patterns after 15th-century Chu Đậu ceramics. It is shaped, painted and fired by hand in Nam Sách and was rated OCOP 5 stars in the first round of 2025.',
  },
  'binh-phu-quy-gom-chu-dau': {
    descriptionEn:
      'A round-bellied "prosperity" vase painted with peonies and a phoenix, suited to a living room. It is shaped, painted and fired by hand in Nam Sách and was rated OCOP 5 stars in the first round of 2025.',
  },
  'binh-thien-nga-gom-chu-dau': {
    descriptionEn:
      "A vase with a long, slender neck like a swan's, covered in crackle glaze and painted with old patterns. It is shaped, painted and fired by hand in Nam Sách and was rated OCOP 5 stars in the first round of 2025.",
  },
  'binh-ty-ba-gom-chu-dau': {
    descriptionEn:
      'A vase shaped like a pipa lute, painted in blue with a mountain-and-water landscape: a classic decorative vase. It is shaped, painted and fired by hand in Nam Sách and was rated OCOP 5 stars in the first round of 2025.',
  },
  'bo-am-chen-gom-su-chim-en-hoa-sen': {
    descriptionEn:
      'A Bát Tràng tea set painted with a pair of swallows by a lotus, in soft hand-drawn lines on white glaze. The teapot keeps the heat well; good for brewing green tea and as a gift.',
  },
  'bo-bat-dia-gom-su-hoa-sen-do': {
    descriptionEn:
      "A Bát Tràng porcelain dinner set hand-painted with red lotus patterns on an ivory-white glaze. Each piece is shaped, painted and fired at high temperature, safe for everyday meals. The set was among Hà Nội's first OCOP 5-star products in 2020.",
  },
  'bo-bat-dia-rong-phuong': {
    descriptionEn:
      'A porcelain dinner set painted with dragons and phoenixes, the familiar court motif of Bát Tràng ceramics. It is hand-painted and fired with a fine glaze, for feast trays and as a gift.',
  },
  'bo-san-pham-gom-men-suoi-ngoc': {
    descriptionEn:
      'Vases, jars and tea sets covered in Suối Ngọc glaze, a clear green glaze with the depth of jade. The glaze is mixed in-house and fired at high temperature; each kiln gives a slightly different colour.',
  },
  'ca-phe-bot-nguyen-chat-bich-thao': {
    descriptionEn:
      'Sơn La arabica coffee picked ripe, wet-processed and roasted plain, then ground with nothing blended in. It has a clean acidity and a fruity aroma. The product was re-recognised with OCOP 5 stars.',
  },
  'ca-phe-rang-moc-ea-tieu-mau': {
    nameEn: 'Ea Tiêu plain-roasted coffee (sample)',
    descriptionEn:
      'A fictional product, used only as sample data. Robusta coffee roasted plain, without butter or flavouring, ground ready for the phin filter. The OCOP certificate of this sample product has been revoked.',
  },
  'cao-ca-gai-leo-pu-mat': {
    descriptionEn:
      'A thick extract boiled down from Solanum procumbens (cà gai leo) grown in the buffer zone of Pù Mát National Park. It is dark brown and bitter, and is dissolved in water to drink.',
  },
  'cao-mem-atiso-sapa': {
    descriptionEn:
      'Artichoke extract concentrated from fresh Sa Pa artichokes into a dark brown paste. Dissolve it in warm water and drink daily.',
  },
  'cay-mai-vang-tien-phat': {
    descriptionEn:
      'Potted yellow apricot blossom (mai vàng) trees from the nurseries of Chợ Gạo, shaped and stripped of leaves at the right time to flower for Tết. The five-petalled flowers are bright yellow; the trees are sturdy and long-lived.',
  },
  'cay-phat-loc-minh-tan': {
    descriptionEn:
      'Lucky bamboo (phát lộc, also phất lộc) grown by households in Minh Tân, bent and trained into tiers and towers. Easy to care for, it suits a desk or a Tết display as a wish for luck and prosperity.',
  },
  'cha-muc-ha-long': {
    descriptionEn:
      'Squid cake pounded by hand from fresh squid caught in Hạ Long Bay, with a little dill and pepper. The paste is shaped into patties and fried golden: springy, crisp and sweet with squid.',
  },
  'chan-bong-to-tam-tu-det': {
    descriptionEn:
      'A quilt with a silk-floss filling and a silk cover, spun and woven by the company itself in Mỹ Đức. It is light, warm in winter, airy in summer and gentle on the skin. It was rated OCOP 5 stars early in 2023.',
  },
  'che-shan-tuyet-hong-thai-1-tom-1-la': {
    descriptionEn:
      'Shan tuyết tea plucked one bud and one leaf from ancient tea trees in Hồng Ba hamlet, Na Hang. The buds are covered in white down; the liquor is deep yellow, lightly astringent with a sweet aftertaste. It scored 94.9 points, a potential 5-star product.',
  },
  'che-shan-tuyet-suoi-giang': {
    descriptionEn:
      'Tea from ancient Shan tuyết trees in Suối Giàng, with large buds covered in down as white as snow. It is roasted by hand in a cast-iron pan; the liquor is deep yellow, fragrant, with a sweet aftertaste.',
  },
  'dan-guitar-phim-lom': {
    descriptionEn:
      "The scalloped-fret guitar is the guitar of southern Vietnam's đờn ca tài tử music: its frets are hollowed out so the player can bend notes as on traditional instruments. Each guitar is made by hand from selected wood and tuned one by one.",
  },
  'dau-dua-nguyen-chat-kokofi': {
    descriptionEn:
      'Coconut oil cold-pressed from the fresh flesh of Trà Vinh coconuts, clear and lightly fragrant. It is used for skin and hair care and for cooking.',
  },
  'den-long-treo-may-tre-dan': {
    descriptionEn:
      'A lantern woven from rattan and thinly split bamboo on a round or oval frame; light passing through the weave casts lovely shadows. It is handmade by weavers in rural Nghệ An and was proposed for 5-star assessment in 2021.',
  },
  'diem-du-lich-cong-dong-con-chim': {
    descriptionEn:
      'Cồn Chim is a small islet in the Cổ Chiên river where households host visitors in their homes, paddle boats through nipa palm creeks, set bamboo fish traps and make folk cakes. At dusk, flocks of storks fly back to nest on the islet.',
  },
  'do-thu-cong-my-nghe-coi-tay-an': {
    descriptionEn:
      'Baskets, boxes, mats and decorations woven from sedge grown on the alluvial flats of Tiền Hải. The sedge is dried, dyed and woven by hand in many styles, durable and kind to the environment. The provincial council scored the range above 90 points, in the potential 5-star group.',
  },
  'dua-sap-hoa-tan': {
    descriptionEn:
      'Fresh macapuno (dừa sáp) coconuts from the orchards of Hòa Tân, on alluvial land along the Hậu river. Only nuts that make no sound when shaken are chosen; the flesh is thick and dense, eaten with sugar or in smoothies.',
  },
  'dua-sap-soi-vicosap': {
    descriptionEn:
      'Cầu Kè macapuno coconut flesh shredded, soaked in syrup and pasteurised, packed in handy jars. Macapuno has thick flesh, soft and dense like wax; eat it with shaved ice or in chè (sweet soup).',
  },
  'duong-hoa-dua-tra-vinh-farm': {
    descriptionEn:
      'Granulated sugar made from coconut blossom sap, concentrated and then crystallised; light brown, with a caramel scent. It has a lower glycaemic index than cane sugar; use it in coffee and baking.',
  },
  'gao-chu-keo': {
    descriptionEn:
      'White rice in bags under the Chú Kẹo brand, milled from paddy grown by farmers of the Gò Công area. The cooked rice is soft, good for family meals.',
  },
  'gao-dac-san-vd20-go-cong': {
    descriptionEn:
      "VD20 rice grown in the fields of Gò Công, with small, long grains that cook soft and fragrant. It is among Đồng Tháp's Top 20 outstanding OCOP products of 2025.",
  },
  'gao-huu-co-bai-ruoi-st25': {
    descriptionEn:
      'ST25 rice grown organically in the Bãi Rươi fields of Tứ Kỳ, where rice paddies are combined with naturally raised rươi (paddy worms). The rice cooks soft and fragrant and stays tender when cold.',
  },
  'gao-nep-cai-hoa-vang-kinh-mon': {
    descriptionEn:
      'Yellow-flower glutinous rice grown in the fields of Kinh Môn, with round, opaque white, fragrant grains. It is used for sticky rice, bánh chưng and rice wine, and sells most at Tết.',
  },
  'gao-seng-cu-muong-lo': {
    descriptionEn:
      'Séng Cù rice grown in the Mường Lò fields, the second largest field in the North West. The grains are long and translucent; the rice cooks soft and fragrant.',
  },
  'gio-me-nam-nghia': {
    descriptionEn:
      'Veal sausage made from young Nam Đàn veal, pounded while the meat is still warm, wrapped in banana leaf and boiled. It is firm and springy with the aroma of veal, eaten with fig leaves and fish sauce.',
  },
};

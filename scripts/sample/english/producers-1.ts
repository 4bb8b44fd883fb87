/** English stories of the sample producers (first part): translations of `story`. */

export const PRODUCERS_1: Record<string, string> = {
  'bac-ha-curcumin':
    "A firm in the former Bắc Kạn province that turns turmeric into nano curcumin, with the Vicumax product line. The company's full Vietnamese name has not been verified; the name above follows the news source.",
  'co-so-ca-phe-ea-tieu-mau':
    'A fictional business used as sample data. In the sample story, a family grows robusta coffee and roasts and grinds it on the farm.',
  'co-so-cay-canh-minh-tan':
    'A group of households in Minh Tân commune that grow and shape lucky bamboo. The plants are trained into tiers and towers and sell most at Tết.',
  'co-so-chan-nuoi-vit-bien-dong-xuyen':
    'Households that raise sea ducks free-range on the tidal flats of the Tiền Hải coast, where the ducks forage for small shrimp, fish and seaweed. Raised this way, the meat is firm and the egg yolks deeply coloured.',
  'co-so-che-bien-che-shan-tuyet-suoi-giang':
    'A tea workshop of the Hmong people of Suối Giàng, home to Shan tuyết tea trees hundreds of years old. The downy white buds are roasted by hand in cast-iron pans.',
  'co-so-che-bien-mam-cay-hong-tien':
    'A workshop making crab paste (mắm cáy) the old way of the Thái Bình coast, from small crabs caught on the mudflats and sea salt. The paste is aged in stoneware jars for many months before it is potted.',
  'co-so-che-bien-mam-cay-quang-phuc':
    'A crab paste workshop at the river mouths of Quảng Xương. The crabs are washed, pounded fine, salted and sun-cured for many months.',
  'co-so-det-khan-bong-thanh-chat':
    'A towel weaver of Thái Bình, a province with a long tradition of weaving. The towels are woven from cotton yarn, dyed with safe dyes and boxed as gifts.',
  'co-so-du-lich-nha-co-ba-duc':
    'The family that owns the Ba Đức ancient house opens its wooden home, more than a hundred years old, to visitors. Guests hear the story of the house and taste orchard-country dishes.',
  'co-so-du-lich-trai-ran-dong-tam':
    'A visitor site attached to the Đồng Tâm snake farm, which keeps and studies many species of snakes and other wild animals. Visitors tour the enclosures and a small zoo and learn about snakebite first aid.',
  'co-so-nuoc-mam-sa-huynh-mau':
    'A fictional business used as sample data. In the sample story, it ferments anchovy fish sauce in wooden barrels beside a saltwater lagoon.',
  'co-so-san-xuat-banh-gai-nga-toi':
    'A bánh gai maker in Nga Tối village, in the Ninh Giang area famous for its bánh gai. The dough is made from ramie leaves, glutinous rice and molasses, with a filling of mung bean, coconut, sesame and pork fat.',
  'co-so-san-xuat-banh-la-ha-lai':
    "A bánh lá maker in Hà Lai, working the village's traditional way. The cakes are made from rice flour with a shrimp and pork filling, wrapped in banana leaves and steamed.",
  'co-so-san-xuat-banh-pia-soc-trang':
    'A bánh pía bakery working to the recipe of the Chinese community of Sóc Trăng. The pastry has many thin layers; the filling is mung bean, durian and salted egg yolk.',
  'co-so-san-xuat-coi-my-nghe-tay-an':
    'A sedge-weaving workshop in the sedge-growing area of Tiền Hải, bringing together many weaving households of the commune. It makes baskets, boxes, mats and decorations, mostly by hand, and sells to foreign buyers too.',
  'co-so-san-xuat-dau-dua-kokofi':
    'A workshop pressing virgin coconut oil from dried coconuts of the Trà Vinh area. The oil is cold-pressed and filtered several times, for cooking as well as skin and hair care.',
  'co-so-san-xuat-gao-nep-cai-hoa-vang-kinh-mon':
    'A grower and miller of yellow-flower glutinous rice in Kinh Môn, a prized glutinous variety of the Red River delta. The rice is soft and fragrant, used for sticky rice, bánh chưng and rice wine.',
  'co-so-san-xuat-gao-seng-cu-muong-lo':
    'A mill that husks and packs Séng Cù rice grown in the Mường Lò fields. The Séng Cù variety gives long, translucent grains that cook soft and fragrant.',
  'co-so-san-xuat-gio-me-nam-nghia':
    'A maker of giò me, the Nam Đàn speciality made from young veal. The meat is pounded or minced while still warm, wrapped in banana leaves and boiled.',
  'co-so-san-xuat-keo-lac-ha-ly':
    'A handmade peanut brittle workshop in Vĩnh Lộc. The peanuts are roasted in cast-iron pans, mixed with sugarcane molasses and ginger, then rolled thin.',
  'co-so-san-xuat-nem-nuong-vinh-lai':
    'A grilled pork (nem nướng) maker in Thọ Xuân. The pork is seasoned, wrapped around bamboo sticks and grilled over charcoal.',
  'co-so-san-xuat-nhut-thanh-chuong':
    'A workshop pickling nhút the Thanh Chương way, from young jackfruit and jackfruit fibre cut into strips. The nhút is salted in stoneware crocks and eaten with rice, braised fish or boiled meat.',
  'ctcp-cong-nghe-trang-tien-so-1-chi-nhanh-hai-duong':
    "The Tràng Tiền brand's ice cream factory in Nam Sách. The branch makes ice creams from local farm produce such as mung beans and young green rice (cốm).",
  'ctcp-nong-nghiep-the-he-moi':
    'A firm growing organic rice in the Bãi Rươi fields of Tứ Kỳ. The paddies are combined with naturally raised rươi (paddy worms), with no chemical fertilisers or pesticides.',
  'cty-cp-ameii-viet-nam':
    'The Thanh Hà branch of Ameii Việt Nam JSC, which buys and packs fresh lychees in a cold chain. The fruit is sorted for even size and boxed under the Queen Thanh Ha Lychee label.',
  'cty-cp-che-bien-xk-tom-viet':
    'A shrimp processor in the former Bạc Liêu city, a major shrimp-farming area of the Mekong Delta. Besides its exports, the company has brought small boxes of frozen black tiger and whiteleg shrimp into the OCOP programme.',
  'cty-cp-duoc-lieu-pu-mat':
    'A firm growing and processing medicinal plants in the buffer zone of Pù Mát National Park. It makes Solanum procumbens extract, gymnema tea and many other herbal products.',
  'cty-cp-gom-chu-dau':
    'A firm reviving the old Chu Đậu ceramics of Nam Sách. Its vases are painted by hand in blue and in coloured glazes after the patterns of old ceramics.',
  'cty-cp-hoang-giang':
    'A long-established Hải Dương maker of mung bean cake under the Rồng Vàng (Golden Dragon) brand. The Rồng Vàng Hoàng Gia line was rated OCOP 5 stars in 2024 and 2025.',
  'cty-cp-kinh-doanh-lam-san-dap-thanh':
    'A forest-products firm in Ba Chẽ that grows golden camellia under the forest canopy and processes the flowers into dried flower tea. The provincial council scored the product as a potential 5-star product in 2023.',
  'cty-cp-muoi-bac-lieu':
    "A salt firm of the coastal salt fields of Bạc Liêu. The salt is dried on tarpaulin, washed and dried again into refined salt and clean salt crystals; in 2025 two of the company's salts were rated OCOP 5 stars.",
  'cty-cp-muoi-dong-hai':
    'A salt firm in Đông Hải, the largest salt-making area of the former Bạc Liêu province. The company works with salt farmers, buying their salt crystals and processing them into packed clean salt.',
  'cty-cp-muoi-va-thuong-mai-bac-lieu':
    'A firm that buys and processes the salt of Bạc Liêu salt farmers, making both table salt and seasoned salts. Seven of its salt products hold OCOP 4 stars.',
  'cty-cp-nghe-va-tra-xanh-tam-dao':
    'A firm processing yellow turmeric and green tea grown at the foot of the Tam Đảo mountains. Its turmeric starch was one of the first OCOP products of the former Vĩnh Phúc province.',
  'cty-cp-ngoc-trai-ha-long':
    'A firm culturing pearls in Hạ Long Bay and making pearl jewellery. Visitors can tour the farm and watch pearls being seeded.',
  'cty-cp-nuoc-khoang-quang-hanh':
    'A firm drawing natural hot mineral water at Quang Hanh, Cẩm Phả. The water is bottled at source.',
  'cty-cp-ong-tam-dao':
    'A beekeeping and honey firm in the Tam Đảo forests, working with many beekeeping households around the national park. Besides pure honey, it makes honeycomb and honey blended with kumquat, passion fruit and turmeric.',
  'cty-cp-sx-dvtm-an-huy':
    'A lacquerware firm in the Hạ Thái craft village, Thường Tín. The company keeps up the technique of many coats of Vietnamese lacquer, sanded and painted by hand, making lacquer paintings, boxes and vases for export.',
  'cty-cp-tap-doan-bometa':
    'A beekeeping and honey firm in Nghệ An. Bometa honey comes from hives placed in the forests and fruit orchards of western Nghệ An.',
  'cty-cp-thuong-mai-khai-hoan':
    'A fish sauce barrel house in Dương Đông making traditional Phú Quốc fish sauce from anchovies and salt, fermented in wooden barrels. Its three fish sauces of 38, 40 and 43 degrees of protein hold OCOP 5 stars.',
  'cty-cp-thuy-san-nghe-an':
    'A seafood firm in Cửa Lò that makes fish sauce from anchovies and scad caught off Nghệ An. The source says only that it may be the producer of Cửa Lò fish sauce.',
  'cty-luong-thuc-tra-vinh':
    'A long-established Trà Vinh food company producing rice and rice products under the IMEX TRAVINH label. Its rice paper scored as a potential OCOP 5-star product in 2022.',
  'cty-tnhh-che-bien-dua-sap-cau-ke':
    'A processor of macapuno coconut (dừa sáp), the speciality of the former Cầu Kè district, under the VICOSAP brand. The company buys macapuno from local farmers and makes shredded macapuno, macapuno candy and many other country gifts.',
  'cty-tnhh-dau-tam-to-my-duc':
    'A sericulture firm in Mỹ Đức working with mulberry-growing, silkworm-raising households along the Đáy river. The company reels its own silk and weaves quilts, sheets and scarves from it.',
  'cty-tnhh-duc-phong':
    'A rattan and bamboo export firm in Nghệ An that places orders with many weaving households in the countryside. Its woven rattan and bamboo pendant lantern was proposed for 5-star assessment in 2021.',
  'cty-tnhh-gom-su-quang-vinh':
    "A pottery in Bát Tràng village, known for hand-painted dinner sets and tea sets. In 2020 several of its sets were among Hà Nội's first OCOP 5-star products.",
  'cty-tnhh-mac-ca-gia-nghia-mau':
    'A fictional firm used as sample data. In the sample story, the company buys macadamia nuts from farmers, dries them with cracked shells and bags them.',
  'cty-tnhh-mtv-phuong-khiem':
    'A distiller of yellow-flower glutinous rice spirit in Kinh Môn. The spirit is distilled by hand with traditional yeast and aged underground before bottling.',
  'cty-tnhh-nam-phung-gia':
    'A mushroom farm in Bình Xuyên growing king oyster mushrooms in houses with controlled temperature and humidity. The mushrooms are picked daily and delivered fresh to markets and supermarkets around Hà Nội.',
  'cty-tnhh-nuoc-mam-thanh-quoc':
    'A traditional fish sauce maker on Phú Quốc island. The anchovies are salted as soon as the boats land and fermented in wooden barrels for 12 months or more.',
  'cty-tnhh-sam-sam':
    'A firm growing and processing Ngọc Linh ginseng in Nam Trà My. It makes the SAPHRATON health supplement from Ngọc Linh ginseng.',
  'cty-tnhh-sx-tm-quy-thu':
    'A maker of baked coconut biscuits in Quế Sơn that grew out of a family bakery. Quý Thu baked coconut biscuits are one of the first two OCOP 5-star products of the former Quảng Nam province.',
  'cty-tnhh-sxkd-tong-hop-dong-a':
    'A coconut candy maker in the former Bến Tre city, the home of the coconut candy craft. The company has developed many new flavours such as cocoa, durian, ginger and pandan leaf, and four of its products were rated OCOP 5 stars in 2023.',
};

/** English stories of the sample producers (second part). */

export const PRODUCERS_2: Record<string, string> = {
  'cty-tnhh-tan-nhien':
    'A rice paper maker in Trảng Bàng that has brought traditional dew-dried rice paper into industrial production. Its ultra-thin rice paper holds OCOP 5 stars.',
  'cty-tnhh-tmdv-hk':
    'A rice firm in Mỹ Phong ward that buys the speciality rice of Gò Công farmers under contract. Its VD20 rice and Chú Kẹo rice are among the Top 20 outstanding OCOP products of 2025.',
  'cty-tnhh-tmdv-xnk-quy-hoa':
    'A firm growing and processing golden camellia tea in Hải Hà. Quy Hoa golden camellia tea was rated OCOP 5 stars in 2022.',
  'cty-tnhh-tra-hoa-vang-tam-dao':
    'A firm growing and processing golden camellia under the Tam Đảo forest canopy. The flowers are picked just as they open and cold-dried to keep their yellow colour and scent.',
  'cty-tnhh-tra-vinh-farm':
    'A firm making products from coconut blossom in the coconut country of Tiểu Cần. Its coconut blossom nectar and coconut blossom sugar were among the first OCOP 5-star products of the former Trà Vinh province.',
  'cty-tnhh-trapaco-sapa':
    'A medicinal-plant firm in Sa Pa that processes artichoke and other highland herbs into tea bags and herbal extracts. Its artichoke tea bags and soft artichoke extract hold OCOP 5 stars.',
  'cty-tnhh-van-tai-hoan-ngoc':
    'A firm in Hải Lĩnh ward that processes artichoke flowers into a bottled concentrate. Ngọc Hoàn artichoke flower concentrate was rated OCOP 4 stars in the first round of 2026.',
  'cty-tnhh-vibabo':
    'A maker of bamboo straws in Thường Xuân, using the bamboo and nứa of the Thanh Hóa mountain forests. The straws replace plastic ones and are exported to many countries.',
  'cty-tnhh-xk-viet-trang':
    'A sedge export firm in Nga Sơn, the famous sedge-growing area of Thanh Hóa. The company designs the pieces and places orders with sedge-weaving households in the area.',
  'cty-tnhh-yen-sao-hinest':
    "A firm harvesting and preparing edible bird's nests from swiftlet houses in Bạc Liêu. The nests are cleaned of feathers by hand, dried and boxed.",
  'cty-tnhh-yen-sao-xu-thanh':
    "A bird's nest firm in Hậu Lộc, harvesting nests from swiftlet houses on the Thanh Hóa coast. Besides cleaned nests, the company makes ready-stewed bird's nest in jars.",
  'hkd-bui-thi-kim-thanh':
    'The orchid nursery of Mrs Bùi Thị Kim Thanh in Chợ Gạo, propagating orchids by tissue culture. The young plants are even, disease-free and flower in season.',
  'hkd-mai-hoang-ly':
    "A household that has wrapped bánh tét for generations in Trà Vinh. The family's three-colour bánh tét takes its colours from nature: pandan leaf, magenta plant leaf and gac fruit.",
  'hkd-manh-ha':
    'A maker of hand-pounded squid cake in Hạ Long. Fresh squid is pounded in a stone mortar until springy, then shaped into patties and fried golden, keeping its typical sweetness and crunch.',
  'hkd-vo-van-nam':
    'The handmade instrument workshop of Mr Võ Văn Nam, specialising in scalloped-fret guitars for the đờn ca tài tử music of southern Vietnam. Each guitar is scalloped, strung and tuned by hand.',
  'htx-atiso-do-phuoc-hau-mau':
    'A fictional cooperative used as sample data. In the sample story, the cooperative grows roselle on dry land and dries it for tea.',
  'htx-ca-phe-bich-thao':
    'A cooperative growing, roasting and grinding arabica coffee in Sơn La. The coffee is picked ripe, wet-processed and roasted plain, with nothing added.',
  'htx-chan-nuoi-va-dich-vu-dong-tien':
    'A cooperative raising sea ducks free-range on the Đồng Rui tidal flats, Tiên Yên. The ducks eat shrimp, fish and seaweed in the mangroves, so their eggs have large, deeply coloured yolks.',
  'htx-che-bien-che-phin-ho':
    'A Shan tuyết tea cooperative in Phìn Hồ, Hoàng Su Phì, more than a thousand metres above sea level. The buds are picked from ancient tea trees and processed by hand into green and black tea.',
  'htx-dua-sap-hoa-tan':
    'A cooperative of macapuno coconut growers in Hòa Tân, held to be the homeland of the macapuno. Members follow one method of care and fruit selection and sell under one shared brand.',
  'htx-gom-su-tan-thinh':
    'A ceramics cooperative in Gia Lâm that makes the Suối Ngọc glaze, clear green like jade. Its range of Suối Ngọc glazed ceramics holds OCOP 5 stars.',
  'htx-lam-san-ngoai-go-ba-che':
    'A cooperative that buys morinda root, lim xanh lingzhi and other non-timber forest products from the ethnic communities of Ba Chẽ. It steeps liquors and prepares medicinal herbs, and was re-recognised with OCOP 4 stars in 2023.',
  'htx-nong-nghiep-dong-nghi':
    'A cooperative raising dairy goats in the former Tiền Giang province, milking and processing on its own. Besides pasteurised fresh goat milk, it makes freeze-dried goat milk yoghurt.',
  'htx-nong-nghiep-sen-que-bac':
    "A cooperative growing lotus in Nam Đàn, the home district of President Hồ Chí Minh. The seeds are shelled and dried, and the embryos made into tea, with each year's harvest.",
  'htx-nong-san-mau-son-mau':
    'A fictional cooperative used as sample data for the catalogue. In the sample story, members grow vành khuyên persimmons and soft-dry them in the harvest season.',
  'htx-son-tra':
    'A Shan tuyết tea cooperative in Hồng Ba hamlet, the ancient tea tree area of Na Hang. Its one-bud-one-leaf tea scored 94.9 points, a potential 5-star product in 2024.',
  'htx-tien-phat':
    'A cooperative growing yellow apricot blossom in Chợ Gạo. The growers tend and shape the trees together and sell jointly to traders at Tết.',
  'nghe-nhan-tam-binh':
    'The ornamental apricot garden of the craftsman Tám Bình in Gò Công Tây, specialising in bonsai apricot trees of ancient shape. The knotty apricot on a monkey-face Wrightia trunk has been tended for many years.',
  'to-hop-tac-du-lich-cong-dong-con-chim':
    'A cooperative group of the households of Cồn Chim running community-based tourism: homestays, boat trips, fishing and folk cake making. The islet lies in the Cổ Chiên river, where flocks of white egrets come to roost every evening.',
  'to-hop-tac-non-la-tay-ho-mau':
    'A fictional cooperative group used as sample data. In the sample story, women of the village stitch poem conical hats and take orders from souvenir shops.',
  'to-hop-tac-phao-dat-nghia-an':
    'A group of village craftspeople keeping the folk clay firecracker game alive in Nghĩa An and running it for visitors. Players mould clay into an upturned bowl and throw it onto the ground to hear it bang.',
  'xuong-banh-keo-dinh-manh':
    "A cáy cake maker in Đông Sơn commune, where making cáy cake is a long-standing craft of Thái Bình. From a humble country gift, the workshop's cáy cake has gained standard packaging and labelling and an OCOP 4-star rating.",
  'xuong-banh-keo-thien-duc':
    'A family confectionery workshop in Nguyễn village, where cáy cake has been made for hundreds of years. The workshop keeps the traditional recipe of glutinous rice, malt syrup, ginger, sesame and peanuts, boxed to OCOP standards as a gift.',
};

/** Share buttons and the producer share kit. */
import { defineStrings } from '../define-strings.ts';
import { count } from '../plural.ts';

export const shareStrings = defineStrings({
  vi: {
    title: 'Chia sẻ',
    native: 'Chia sẻ…',
    facebook: 'Facebook',
    facebookLabel: 'Chia sẻ lên Facebook (mở thẻ mới)',
    zalo: 'Sao chép để gửi Zalo',
    zaloHint:
      'Zalo chưa có liên kết chia sẻ công khai: nút này sao chép liên kết để bạn dán vào Zalo.',
    zaloCopied: 'Đã sao chép liên kết. Mở Zalo, chọn cuộc trò chuyện và dán vào.',
    zaloMessage: 'Sao chép tin nhắn gửi Zalo',
    zaloMessageHint:
      'Zalo chưa có liên kết chia sẻ công khai: nút này sao chép một tin nhắn ngắn kèm liên kết để bạn dán vào Zalo.',
    zaloMessageCopied:
      'Đã sao chép tin nhắn (tên, hạng sao, tình trạng chứng nhận và liên kết). Mở Zalo, chọn cuộc trò chuyện và dán vào.',
    copyLink: 'Sao chép liên kết',
    copied: 'Đã sao chép',
    copyFailed: 'Chưa sao chép được tự động: nội dung đã được chọn, hãy sao chép bằng tay.',
    linkLabel: 'Liên kết của trang này',
    kit: {
      title: 'Bộ chia sẻ cho chủ thể',
      intro:
        'Dành cho chủ thể và người bán: mã QR, ảnh chia sẻ, áp phích A4, lời giới thiệu soạn sẵn và huy hiệu để gắn vào trang web. Tất cả lấy từ dữ liệu chứng nhận hiện tại.',
      open: (n: number) => `Mở bộ chia sẻ (chủ thể và ${n} sản phẩm)`,
      producerPart: 'Chủ thể',
      productsPart: 'Từng sản phẩm',
      qrSvg: 'Mã QR (SVG)',
      qrPng: 'Mã QR (PNG)',
      shareImage: 'Ảnh chia sẻ',
      poster: 'Áp phích A4',
      postersAll: (n: number) => `Áp phích A4 cho cả ${n} sản phẩm`,
      badgeFile: 'Huy hiệu (SVG)',
      /** File names the downloads are saved under (the share image is the page's language's). */
      files: {
        shareImage: (code: string, ext: string) => `ocop-${code}.${ext}`,
        badge: (code: string) => `ocop-${code}-huy-hieu.svg`,
      },
      caption: 'Lời giới thiệu soạn sẵn',
      copyCaption: 'Sao chép lời giới thiệu',
      embed: 'Mã nhúng huy hiệu',
      embedHint:
        'Dán vào trang web của bạn. Huy hiệu được làm lại mỗi ngày theo chứng nhận hiện tại và dẫn tới trang kiểm tra chứng nhận.',
      copyEmbed: 'Sao chép mã nhúng',
      badgeNow: 'Huy hiệu hôm nay',
      code: 'Mã',
      expiredNote:
        'Chứng nhận đã hết hạn: chỉ in dấu OCOP lên sản phẩm sau khi được đánh giá, công nhận lại.',
      revokedNote: 'Chứng nhận đã bị thu hồi: không được dùng dấu OCOP cho sản phẩm này.',
    },
  },
  en: {
    title: 'Share',
    native: 'Share…',
    facebook: 'Facebook',
    facebookLabel: 'Share on Facebook (opens a new tab)',
    zalo: 'Copy link for Zalo',
    zaloHint:
      'Zalo has no public share link: this button copies the link for you to paste into Zalo.',
    zaloCopied: 'Link copied. Open Zalo, choose a chat and paste it.',
    zaloMessage: 'Copy a message for Zalo',
    zaloMessageHint:
      'Zalo has no public share link: this button copies a short message with the link for you to paste into Zalo.',
    zaloMessageCopied:
      'Message copied (name, stars, certificate status and link). Open Zalo, choose a chat and paste it.',
    copyLink: 'Copy link',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: the text is selected, copy it by hand.',
    linkLabel: 'Link to this page',
    kit: {
      title: 'Share kit',
      intro:
        'For producers and sellers: QR codes, share images, A4 posters, ready-to-paste captions and a badge for your website, all from the current certificate data.',
      open: (n: number) =>
        `Open the share kit (producer and ${count(n, 'en', { one: '{n} product', other: '{n} products' })})`,
      producerPart: 'Producer',
      productsPart: 'Each product',
      qrSvg: 'QR code (SVG)',
      qrPng: 'QR code (PNG)',
      shareImage: 'Share image',
      poster: 'A4 poster',
      postersAll: (n: number) =>
        `A4 posters for ${count(n, 'en', { one: 'the {n} product', other: 'all {n} products' })}`,
      badgeFile: 'Badge (SVG)',
      files: {
        shareImage: (code: string, ext: string) => `ocop-${code}-en.${ext}`,
        badge: (code: string) => `ocop-${code}-badge.svg`,
      },
      caption: 'Ready-to-paste caption',
      copyCaption: 'Copy caption',
      embed: 'Badge embed code',
      embedHint:
        'Paste it into your website. The badge is remade every day from the current certificate and links to the certificate check page.',
      copyEmbed: 'Copy embed code',
      badgeNow: "Today's badge",
      code: 'Code',
      expiredNote:
        'The certificate has expired: print the OCOP mark on this product again only once it is re-certified.',
      revokedNote: 'The certificate was revoked: the OCOP mark may not be used for this product.',
    },
  },
});

/**
 * Words of the open-data page (`components/page/OpenDataPage.astro`): the files, their format,
 * the licence and how to credit it. Column descriptions are `lib/open-data/columns.ts` (English)
 * and `lib/open-data/column-descriptions-vi.ts`.
 */
import { defineStrings } from '../define-strings.ts';

export const openDataStrings = defineStrings({
  vi: {
    title: 'Dữ liệu mở',
    intro:
      'Toàn bộ danh mục trên trang này được công bố dưới dạng dữ liệu mở: sản phẩm OCOP kèm chứng nhận hiện hành, chủ thể OCOP và điểm giới thiệu, bán sản phẩm OCOP. Mỗi bảng có một tệp CSV và một tệp JSON ở địa chỉ cố định, được cập nhật mỗi lần trang được xây dựng lại.',
    dateLabel: 'Dữ liệu ngày',
    statusNote:
      'Cột tình trạng chứng nhận (status) được tính vào ngày này: chứng nhận có hiệu lực 36 tháng kể từ ngày ký quyết định, “sắp hết hạn” khi còn 90 ngày trở xuống. Khi dùng dữ liệu vào ngày khác, hãy tính lại từ cột valid_until.',
    filesTitle: 'Các tệp',
    dataset: 'Bảng',
    rows: 'Số dòng',
    datasets: {
      products: 'Sản phẩm OCOP và chứng nhận hiện hành',
      producers: 'Chủ thể OCOP',
      salesPoints: 'Điểm giới thiệu và bán sản phẩm OCOP',
    },
    packageText:
      'Mô tả máy đọc được của ba tệp CSV (trường, kiểu dữ liệu, khóa) theo chuẩn Frictionless Data Package:',
    formatTitle: 'Định dạng',
    format: [
      'CSV theo RFC 4180: mã UTF-8 có BOM (khai báo utf-8-sig trong datapackage.json, để Excel hiện đúng tiếng Việt khi mở trực tiếp), phân cách bằng dấu phẩy, xuống dòng CRLF, dòng đầu là tên cột.',
      "Ô chữ bắt đầu bằng =, +, -, @, tab hoặc CR được ghi với dấu nháy đơn (') ở đầu để bảng tính không chạy nó như công thức (ví dụ số điện thoại '+84…); khi đọc bằng chương trình, hãy bỏ dấu nháy đó. Cột số (giá, tọa độ, điểm) là số, không có dấu nháy.",
      'Ô trống là không có thông tin. Ngày viết YYYY-MM-DD, giá tính bằng đồng, đúng/sai viết true/false.',
      'Tệp JSON có cùng các dòng, kèm ngày dữ liệu (generated), giấy phép (licence) và mô tả cột (columns).',
      'Với Excel, hãy nhập tệp (Dữ liệu → Từ văn bản/CSV) thay vì mở trực tiếp, để mã tỉnh như 01 và số điện thoại như +84 giữ nguyên.',
      'Cột offers (quy cách đặt hàng) và shops (gian hàng trực tuyến) chứa một mảng JSON trong ô; danh sách tháng và tỉnh phân cách bằng dấu chấm phẩy.',
      'Số tài khoản ngân hàng không có trong dữ liệu mở: cột bank_transfer chỉ cho biết chủ thể có nhận chuyển khoản hay không; tài khoản do chủ thể công bố chỉ hiện trên trang của chủ thể.',
    ],
    columnsTitle: 'Các cột',
    column: 'Cột',
    type: 'Kiểu',
    description: 'Mô tả',
    licenceTitle: 'Giấy phép',
    licenceText:
      'Dữ liệu được phát hành theo giấy phép Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0): bạn được sao chép, phân phối, chỉnh sửa và dùng cho mục đích thương mại, miễn là ghi nguồn.',
    creditText: 'Cách ghi nguồn:',
    sampleNote:
      'Danh mục hiện là dữ liệu mẫu: một số thông tin (số quyết định, giá, địa chỉ điểm bán…) được soạn để minh họa; trang của từng sản phẩm ghi rõ thông tin nào là dữ liệu mẫu.',
  },
  en: {
    title: 'Open data',
    intro:
      'The whole catalogue on this site is published as open data: OCOP products with their current certificate, OCOP producers, and the sales points that introduce and sell OCOP products. Each table comes as a CSV and a JSON file at a stable address, refreshed every time the site is built.',
    dateLabel: 'Data as of',
    statusNote:
      'The certificate status column (status) is computed on this date: a certificate is valid for 36 months from its decision date and “expiring” when 90 days or fewer remain. On any other day, work it out again from the valid_until column.',
    filesTitle: 'Files',
    dataset: 'Table',
    rows: 'Rows',
    datasets: {
      products: 'OCOP products with their current certificate',
      producers: 'OCOP producers',
      salesPoints: 'OCOP sales points',
    },
    packageText:
      'A machine-readable description of the three CSV files (fields, types, keys) as a Frictionless Data Package:',
    formatTitle: 'Format',
    format: [
      'CSV as in RFC 4180: UTF-8 with a byte-order mark (declared utf-8-sig in datapackage.json, so Excel shows Vietnamese correctly when the file is opened directly), comma-separated, CRLF line ends, a header row of column names.',
      "A text cell starting with =, +, -, @, tab or CR is written with a single quote (') in front so that spreadsheets do not run it as a formula (a phone number reads '+84…); drop that quote when reading the files in a program. Numeric columns (prices, coordinates, scores) are plain numbers, without a quote.",
      'An empty cell means no information. Dates are YYYY-MM-DD, prices in Vietnamese đồng, yes/no as true/false.',
      'The JSON files hold the same rows with the data date (generated), the licence (licence) and the columns described (columns).',
      'In Excel, import a file (Data → From Text/CSV) rather than opening it, so that province codes such as 01 and phone numbers such as +84 stay as written.',
      'The offers (packs to order) and shops (online shops) columns hold a JSON array in the cell; lists of months and provinces are separated by semicolons.',
      'Bank account numbers are not in the open data: bank_transfer only says whether the producer takes transfers; an account the producer published is shown on its page only.',
    ],
    columnsTitle: 'Columns',
    column: 'Column',
    type: 'Type',
    description: 'Description',
    licenceTitle: 'Licence',
    licenceText:
      'The data is released under the Creative Commons Attribution 4.0 International licence (CC BY 4.0): you may copy, share, adapt and use it commercially, as long as you credit the source.',
    creditText: 'How to credit:',
    sampleNote:
      'The catalogue is sample data for now: some facts (decision numbers, prices, sales point addresses…) were written to illustrate; each product page says which.',
  },
});

# Thông báo của giai đoạn output (xem src/i18n.rs).

## Xuất DOCX (src/docx/)
docx-unsupported = { $what } chưa có dạng DOCX trong phiên bản vanban này: bản DOCX sẽ khác bản PDF nên vanban không xuất
    .hint = xuất bản PDF (-o ten-tep.pdf), hoặc bỏ phần này ra khỏi bản dự thảo DOCX
docx-part-type = Loại văn bản { $type }
docx-part-attached-type = { $type } ban hành kèm theo quyết định
docx-part-appendix = Phụ lục
docx-part-table-errors = Bảng đang có lỗi
docx-part-forms = Mẫu biểu (mẫu) kèm theo kế hoạch
docx-part-solutions-item = Mục có số thứ tự hoặc đề mục con trong phần nhiệm vụ, giải pháp
docx-image-unreadable = Không đọc được `{ $path }` thành ảnh PNG
    .hint = ghi đường dẫn của một tệp ảnh PNG, tính từ thư mục chứa tệp YAML

## Bước tự kiểm tra của mỗi lần in (src/verify/)
self-check-text-summary = mọi chữ của mỗi trường được in đều có trên các trang đã dàn, đúng thứ tự (kiểm tra ở mỗi lần in)
    .rule = cam kết của vanban: văn bản in ra nói đúng điều tệp YAML viết
self-check-place-summary = không có chữ, đường kẻ hay ảnh nào nằm ngoài vùng trình bày; hai cột của phần đầu không chồng lên nhau (mỗi lần in)
    .rule = NĐ30 Phụ lục I, mục I.5 (lề trang) và Sơ đồ (ô 1–2)
self-check-text-budget = vanban không đối chiếu được trường này với các trang in trong giới hạn cho phép ({ $budget } phép so sánh, { $per } cho mỗi ký tự); chưa có tệp nào được ghi
    .hint = Việc này chỉ xảy ra với chữ lặp lại rất nhiều lần, như một chữ cái lặp hàng nghìn lần: hãy viết thành lời
self-check-text-missing = Chữ của trường này không có trên các trang in: `{ $text }`
    .hint = Đây là lỗi của vanban, không phải của tệp; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML
self-check-text-altered = Các trang in không thể hiện trường này đúng như đã viết: `{ $missing }` sau `{ $before }` bị thiếu hoặc bị đổi (bản in: `{ $printed }`)
    .hint = Đây là lỗi của vanban, không phải của tệp; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML
# Thứ nằm ra ngoài: một đoạn chữ, một đường kẻ, một ảnh.
self-check-place-what = { $kind ->
        [rule] Một đường kẻ
        [image] Một ảnh
       *[text] `{ $text }`
    }
self-check-place-past = vượt lề { $edge ->
        [left] trái
        [right] phải
       *[bottom] dưới
    } { $mm } mm
self-check-place-header = cột { $side ->
        [left] trái
       *[right] phải
    } của phần đầu lấn sang cột bên kia { $mm } mm
self-check-place = { $what } được in ra ngoài vùng trình bày ở trang { $page }: { $how }
    .hint = Có một từ quá dài so với cột hoặc một bảng quá rộng so với trang: ngắt từ đó (bằng dấu cách, hoặc `-` trong một mã), rút ngắn chữ, hoặc cho cột rộng hơn; chưa có tệp nào được ghi
self-check-place-ours = { $what } được in ra ngoài vùng trình bày ở trang { $page }: { $how }
    .hint = Chữ do vanban tự viết nằm sai chỗ: đây là lỗi của vanban; chưa có tệp nào được ghi. Xin báo lỗi kèm tệp YAML

# Những gì quy trình xuất văn bản nói (src/lib.rs): các tùy chọn không đi
# cùng nhau, điều các tùy chọn ban hành cần ở văn bản, bảng và ký tự trang
# in không chứa được, và lỗi của chính vanban.

pipeline-conflict-pdfa2-attach = PDF/A-2 chỉ cho đính kèm tệp PDF/A, nên bản PDF/A-2b không mang được tệp YAML; hãy dùng --pdf-standard a-3b (PDF/A-3b cho phép), hoặc bỏ --attach-source
pipeline-conflict-copy-form = bản sao được làm từ văn bản đã ban hành; --form in một mẫu trắng, không phải bản sao
pipeline-conflict-copy-apart = bản sao được làm từ văn bản đã ban hành, cả phụ lục; --appendices-apart dùng khi ban hành, không dùng cho bản sao
pipeline-template-failed = không tạo được văn bản: { $error }
pipeline-bug-hint = đây là lỗi của vanban; xin báo lỗi, gửi kèm tệp YAML
pipeline-no-forms = văn bản không có mẫu (mẫu biểu) nào để in
pipeline-no-such-form = văn bản có { $count } mẫu; không có mẫu { $n }
    .hint = các mẫu ghi dưới `forms:`; hãy chọn một mẫu trong đó, đếm từ 1
pipeline-no-such-appendix = văn bản có { $count } phụ lục; không có phụ lục { $n }
pipeline-copy-missing = --copy { $kind } cần phần `copy:` của văn bản: ai sao văn bản
    .hint = thêm, ví dụ:
        copy:
          number: 5
          date: 2026-11-25
          signer: {"{"}authority: [TL. Chủ tịch], title: Chánh Văn phòng, name: …{"}"}
pipeline-copy-excerpt = trích sao chỉ sao một phần văn bản; `copy.articles` hoặc `copy.excerpt` cho biết phần nào
    .hint = với quyết định, liệt kê các Điều cần sao (`articles: [1, 3]`); nếu không, ghi đoạn được sao dưới `excerpt:`
pipeline-copy-time = bản sao điện tử ghi thời điểm ký; `copy` cần có `date` và `time`
    .hint = ví dụ date: 2026-11-25 và time: "14:30:05" (giờ Việt Nam, +07:00)
pipeline-pdfa-date = tệp PDF/A phải ghi ngày của nó, mà văn bản này chưa có ngày
    .hint = ghi `date` cho văn bản (bản lưu trữ là bản của văn bản đã ban hành), hoặc đặt biến SOURCE_DATE_EPOCH
pipeline-typst-value-hint = bộ dàn trang không dàn được giá trị này; xin báo lỗi, gửi kèm tệp YAML
pipeline-typst-ours-hint = lỗi nằm trong mã Typst do vanban tạo, không phải trong tệp của bạn; xin báo lỗi, gửi kèm tệp YAML
pipeline-under-0-1-mm = chưa tới 0.1 mm
pipeline-table-too-wide = bảng không vừa trang { $orientation ->
        [landscape] ngang
       *[portrait] dọc
    }: ngay cả với cỡ chữ { $size } pt các cột của bảng cần { $needed } mm, hơn { $over } so với { $width } mm bề rộng phần chữ
pipeline-table-too-wide-landscape-hint = ghi `width` hẹp hơn cho các cột chữ của bảng, hoặc tách thành nhiều bảng ít cột hơn
pipeline-table-too-wide-portrait-hint = đặt bảng vào một phụ lục có `landscape: true`, ghi `width` hẹp hơn cho các cột chữ, hoặc tách thành nhiều bảng ít cột hơn
pipeline-column-too-narrow = cột `{ $title }` rộng { $width } mm, nhưng con số dài nhất của cột cần { $needed } mm ở cỡ chữ { $size } pt: số sẽ in tràn qua đường kẻ ô
    .hint = ghi `width: { $min }mm` hoặc rộng hơn cho cột, hoặc bỏ `width` để vanban tự tính
pipeline-missing-glyph = ký tự `{ $char }` (U+{ $code }) không in được bằng phông { $family }
    .hint = xóa hoặc thay ký tự đó; văn bản theo NĐ30 chỉ dùng chữ Times New Roman

## Lỗi của các mẫu trình bày (src/template/)
template-error = mẫu trình bày { $template }, dòng { $line }: { $detail }
template-error-unplaced = mẫu trình bày { $template }: { $detail }
template-missing-value = mẫu trình bày in ra một giá trị không có
template-printed-kind = mẫu trình bày in ra một giá trị kiểu { $kind }

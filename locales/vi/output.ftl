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

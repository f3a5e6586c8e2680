# Thông báo của giai đoạn lint (xem src/i18n.rs).

# Thông báo của giai đoạn output (xem src/i18n.rs).

# Thông báo của giai đoạn cli (xem src/i18n.rs).

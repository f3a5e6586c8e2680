# Thông báo của giai đoạn load (xem src/i18n.rs).

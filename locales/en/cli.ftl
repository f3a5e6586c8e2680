# Messages of the cli stage (see src/i18n.rs).

# Messages of the lint stage (see src/i18n.rs).

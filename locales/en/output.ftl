# Messages of the output stage (see src/i18n.rs).

# Messages of the load stage (see src/i18n.rs).

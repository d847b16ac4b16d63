//! The one error type of the store: what went wrong, in which database (its URL with the
//! password masked) and, for data, in which table and row.

use pacta_data::DataError;

/// A store operation that did not happen. Every operation that changes the database
/// runs in one transaction, so when this is returned nothing was changed.
///
/// Each message is whole (it includes the driver's or the parser's own message), so no
/// variant exposes a `source()`: printing the chain (`{:#}`) would say it twice.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("unsupported database URL \"{url}\" (expected sqlite://FILE or postgres://…)")]
    UnsupportedUrl { url: String },
    #[error("{location}: cannot open the database: {cause}")]
    Connect {
        location: String,
        cause: sqlx::Error,
    },
    #[error("{location}: cannot apply the migrations: {cause}")]
    Migrate {
        location: String,
        cause: sqlx::migrate::MigrateError,
    },
    #[error("{location}: {what}: {cause}")]
    Database {
        location: String,
        what: String,
        cause: sqlx::Error,
    },
    /// The data files did not load; nothing was imported.
    #[error("nothing imported: {0}")]
    Data(DataError),
    #[error("{location}: no data imported yet (run `pacta import`)")]
    NotImported { location: String },
    /// A stored row does not read back into pacta's types.
    #[error("{location}: {table} row {key}: {message}")]
    Corrupt {
        location: String,
        table: &'static str,
        key: String,
        message: String,
    },
    #[error("invalid email address \"{email}\": {reason}")]
    InvalidEmail { email: String, reason: &'static str },
    #[error("unacceptable password: {reason}")]
    WeakPassword { reason: String },
    #[error("an account cannot have the role \"public\" (expected member, secretariat or admin)")]
    PublicAccount,
    #[error("{location}: an account for {email} already exists")]
    UserExists { location: String, email: String },
    #[error("{location}: no user with id {id}")]
    UnknownUser { location: String, id: i64 },
    #[error("session lifetime out of range: {0}")]
    SessionLifetime(String),
    #[error("{location}: no case with id {id}")]
    UnknownCase { location: String, id: i64 },
    /// The procedure does not allow the step (pacta_core::communication).
    #[error("case {id}: refused: {cause}")]
    CaseRefused {
        id: i64,
        cause: pacta_core::communication::TransitionError,
    },
    /// The case changed between the read and the write; read it again.
    #[error("case {id} was changed by someone else meanwhile; nothing was written, read it again")]
    CaseConflict { id: i64 },
    #[error("password hashing failed: {0}")]
    PasswordHash(String),
}

impl From<DataError> for StoreError {
    fn from(error: DataError) -> Self {
        StoreError::Data(error)
    }
}

impl StoreError {
    /// Whether the error is in what the caller asked for (a bad URL, email, password or
    /// role, an existing account) rather than in the database or the data.
    pub fn is_invalid_input(&self) -> bool {
        matches!(
            self,
            StoreError::UnsupportedUrl { .. }
                | StoreError::InvalidEmail { .. }
                | StoreError::WeakPassword { .. }
                | StoreError::PublicAccount
                | StoreError::UserExists { .. }
                | StoreError::UnknownUser { .. }
                | StoreError::SessionLifetime(_)
                | StoreError::UnknownCase { .. }
                | StoreError::CaseRefused { .. }
                | StoreError::CaseConflict { .. }
        )
    }
}

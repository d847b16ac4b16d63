//! The store's one source of "now": session expiry, failed-login windows and audit
//! times. A value so that tests can run the store at a time of their choosing.
//!
//! Not for legal dates: entry into force, due dates and "today" in the registry are
//! civil dates passed as parameters, never read from here.

use std::fmt;
use std::sync::Arc;

use jiff::Timestamp;

/// Where the store reads the current instant from.
#[derive(Clone)]
pub struct Clock(Arc<dyn Fn() -> Timestamp + Send + Sync>);

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Clock(Arc::new(Timestamp::now))
    }

    /// Any function of nothing to an instant (a fixed or a hand-advanced time in tests).
    pub fn from_fn(now: impl Fn() -> Timestamp + Send + Sync + 'static) -> Self {
        Clock(Arc::new(now))
    }

    pub fn now(&self) -> Timestamp {
        (self.0)()
    }
}

impl fmt::Debug for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Clock")
    }
}

//! Where the data comes from: the copies compiled into the binary, or a directory.

use std::path::Path;

use crate::DataError;

/// One data file: its name as shown in errors (`data/states.csv`) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
}

impl Source {
    /// Read `file` from `dir`; the error names the path.
    pub fn read(dir: &Path, file: &str) -> Result<Source, DataError> {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|source| DataError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Ok(Source {
            name: path.display().to_string(),
            text,
        })
    }
}

/// The files the registry is built from.
#[derive(Debug, Clone)]
pub struct Sources {
    pub catalogue: Source,
    pub states: Source,
    pub treaties: Source,
    pub ratifications: Source,
    pub cmw_declarations: Source,
}

impl Sources {
    /// The files as they were when pacta was built (see data/SOURCES.md).
    pub fn bundled() -> Self {
        Sources {
            catalogue: bundled!("catalogue.toml"),
            states: bundled!("states.csv"),
            treaties: bundled!("treaties.csv"),
            ratifications: bundled!("treaty_ratifications.csv"),
            cmw_declarations: bundled!("cmw_art76_77_declarations.csv"),
        }
    }

    /// The same files read from `dir` (a copy of `data/` someone maintains).
    pub fn from_dir(dir: &Path) -> Result<Self, DataError> {
        let read = |file: &str| Source::read(dir, file);
        Ok(Sources {
            catalogue: read("catalogue.toml")?,
            states: read("states.csv")?,
            treaties: read("treaties.csv")?,
            ratifications: read("treaty_ratifications.csv")?,
            cmw_declarations: read("cmw_art76_77_declarations.csv")?,
        })
    }
}

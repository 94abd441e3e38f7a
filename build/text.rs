//! One data file's text, and the means to turn byte offsets into what an editor needs.

use super::errors::DataError;

pub struct DataFile {
    /// The path shown in errors, relative to the project root.
    pub path: String,
    pub text: String,
}

impl DataFile {
    pub fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    /// Turns a TOML syntax or type error into a located [`DataError`]. The parser knows the
    /// offset only, so the record and field are read off the text around it.
    pub fn parse_error(&self, error: &toml::de::Error) -> DataError {
        let offset = error.span().map_or(0, |span| span.start);
        let line = self.line_of(offset);
        let lines: Vec<&str> = self.text.lines().collect();
        let here = lines.get(line - 1).copied().unwrap_or("");
        let field = here
            .split_once('=')
            .map(|(key, _)| key.trim().trim_matches('"').to_string())
            .filter(|key| !key.is_empty() && !key.starts_with('['))
            .unwrap_or_else(|| "-".to_string());
        let start = lines[..line.saturating_sub(1).min(lines.len())]
            .iter()
            .rposition(|l| l.trim_start().starts_with("[["))
            .unwrap_or(0);
        let record = lines[start..]
            .iter()
            .skip(1)
            .take_while(|l| !l.trim_start().starts_with("[["))
            .find_map(|l| {
                let (key, value) = l.split_once('=')?;
                (key.trim() == "id").then(|| value.trim().trim_matches('"').to_string())
            })
            .unwrap_or_else(|| format!("at line {}", start + 1));
        DataError {
            file: self.path.clone(),
            line,
            record,
            field,
            message: error.message().trim().replace('\n', " "),
        }
    }
}

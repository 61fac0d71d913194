//! Kubernetes resource quantities ("250m", "1.5", "128Mi", "2G", "1e3"), as integers: the
//! scheduler sums requests in milli-units (CPU) or whole units (bytes, counts) exactly, the way
//! resource.Quantity's MilliValue()/Value() do, rounding fractions up.

/// The quantity in thousandths of a unit (`"250m"` → 250, `"1"` → 1000), rounded up.
pub fn parse_milli(s: &str) -> Option<i64> {
    scaled(s, 3)
}

/// The quantity in whole units (`"128Mi"` → 134217728, `"500m"` → 1), rounded up.
pub fn parse_units(s: &str) -> Option<i64> {
    scaled(s, 0)
}

/// A milli-unit amount written as Kubernetes writes it: `"500m"`, `"2"`.
pub fn format_milli(milli: i64) -> String {
    if milli % 1000 == 0 {
        (milli / 1000).to_string()
    } else {
        format!("{milli}m")
    }
}

/// A byte (or count) amount in the largest binary suffix that divides it: `"128Mi"`, `"3"`.
pub fn format_units(units: i64) -> String {
    for (suffix, size) in [
        ("Ti", 1i64 << 40),
        ("Gi", 1 << 30),
        ("Mi", 1 << 20),
        ("Ki", 1 << 10),
    ] {
        if units != 0 && units % size == 0 {
            return format!("{}{suffix}", units / size);
        }
    }
    units.to_string()
}

/// Parses `s` and returns its value × 10^`decimals`, rounded up, if it fits in an i64.
fn scaled(s: &str, decimals: i32) -> Option<i64> {
    let s = s.trim();
    let (number, suffix) = split_number(s)?;
    let (negative, number) = match number.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, number.strip_prefix('+').unwrap_or(number)),
    };
    let (int_part, frac_part) = number.split_once('.').unwrap_or((number, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part
        .chars()
        .chain(frac_part.chars())
        .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    // mantissa × 10^exp10 × 2^exp2
    let digits = format!("{int_part}{frac_part}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 30 {
        return None;
    }
    let mantissa: i128 = if digits.is_empty() {
        0
    } else {
        digits.parse().ok()?
    };
    let (suffix_exp10, exp2) = suffix_exponents(suffix)?;
    let exp10 = suffix_exp10 - frac_part.len() as i32 + decimals;
    let mut value = mantissa;
    for _ in 0..exp2 {
        value = value.checked_mul(2)?;
    }
    let value = if exp10 >= 0 {
        value.checked_mul(10i128.checked_pow(exp10 as u32)?)?
    } else {
        let divisor = 10i128.checked_pow((-exp10) as u32).unwrap_or(i128::MAX);
        (value + divisor - 1) / divisor
    };
    let value = i64::try_from(value).ok()?;
    Some(if negative { -value } else { value })
}

/// Splits "1.5Gi" into ("1.5", "Gi"); "1e3" into ("1", "e3").
fn split_number(s: &str) -> Option<(&str, &str)> {
    let end = s
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || ((c == '-' || c == '+') && i == 0)))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    (end > 0).then(|| s.split_at(end))
}

/// (decimal exponent, binary exponent) of a suffix.
fn suffix_exponents(suffix: &str) -> Option<(i32, u32)> {
    Some(match suffix {
        "" => (0, 0),
        "n" => (-9, 0),
        "u" => (-6, 0),
        "m" => (-3, 0),
        "k" => (3, 0),
        "M" => (6, 0),
        "G" => (9, 0),
        "T" => (12, 0),
        "P" => (15, 0),
        "E" => (18, 0),
        "Ki" => (0, 10),
        "Mi" => (0, 20),
        "Gi" => (0, 30),
        "Ti" => (0, 40),
        "Pi" => (0, 50),
        "Ei" => (0, 60),
        e if e.starts_with(['e', 'E']) => (e[1..].parse().ok()?, 0),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_in_milli() {
        assert_eq!(parse_milli("250m"), Some(250));
        assert_eq!(parse_milli("1"), Some(1000));
        assert_eq!(parse_milli("1.5"), Some(1500));
        assert_eq!(parse_milli("0.0001"), Some(1)); // rounded up, as MilliValue does
        assert_eq!(parse_milli("100u"), Some(1));
        assert_eq!(parse_milli("2k"), Some(2_000_000));
    }

    #[test]
    fn memory_in_units() {
        assert_eq!(parse_units("128Mi"), Some(128 << 20));
        assert_eq!(parse_units("1Gi"), Some(1 << 30));
        assert_eq!(parse_units("1G"), Some(1_000_000_000));
        assert_eq!(parse_units("1.5Ki"), Some(1536));
        assert_eq!(parse_units("1e3"), Some(1000));
        assert_eq!(parse_units("500m"), Some(1));
        assert_eq!(parse_units("110"), Some(110));
    }

    #[test]
    fn rejects_garbage() {
        for bad in ["", "abc", "1Xi", "1.2.3", "--1", "m"] {
            assert_eq!(parse_units(bad), None, "{bad}");
        }
        assert_eq!(parse_units("99Ei"), None, "overflow is not a value");
    }
}

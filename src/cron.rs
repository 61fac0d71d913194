//! Standard five-field cron schedules (`minute hour day-of-month month day-of-week`, with
//! lists, ranges, steps, month and weekday names) and the `@hourly`-style macros, evaluated in
//! UTC, plus `@every <duration>` as robfig/cron (and so k3s) accepts. Day-of-month and
//! day-of-week combine as in Vixie cron: when both are restricted, a day matching either fires.

use std::fmt;

use time::{Duration, OffsetDateTime, Time};

#[derive(Clone, PartialEq, Eq)]
pub struct Schedule {
    text: String,
    minutes: u64,
    hours: u64,
    days: u64,
    months: u64,
    weekdays: u64,
    days_restricted: bool,
    weekdays_restricted: bool,
    /// `@every <duration>` (robfig/cron's extension, which k3s accepts): a fixed interval.
    every: Option<std::time::Duration>,
}

impl fmt::Debug for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Schedule({:?})", self.text)
    }
}

impl fmt::Display for Schedule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

impl std::str::FromStr for Schedule {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        if let Some(d) = text.trim().strip_prefix("@every ") {
            let every = crate::config::duration::parse(d)
                .map_err(|e| format!("{text:?}: @every needs a duration like 30m or 1h30m: {e}"))?;
            if every < std::time::Duration::from_secs(1) {
                return Err(format!("{text:?}: @every needs at least 1s"));
            }
            return Ok(Schedule {
                text: text.trim().to_owned(),
                minutes: 0,
                hours: 0,
                days: 0,
                months: 0,
                weekdays: 0,
                days_restricted: false,
                weekdays_restricted: false,
                every: Some(every),
            });
        }
        let expanded = match text.trim() {
            "@yearly" | "@annually" => "0 0 1 1 *",
            "@monthly" => "0 0 1 * *",
            "@weekly" => "0 0 * * 0",
            "@daily" | "@midnight" => "0 0 * * *",
            "@hourly" => "0 * * * *",
            other => other,
        };
        let fields: Vec<&str> = expanded.split_whitespace().collect();
        if fields.len() != 5 {
            return Err(format!(
                "{text:?} is not a cron schedule: expected 5 fields (minute hour day-of-month month day-of-week) or @hourly/@daily/@weekly/@monthly/@yearly, found {}",
                fields.len()
            ));
        }
        let field = |i: usize, name: &str, min: u32, max: u32, names: &[&str]| {
            parse_field(fields[i], min, max, names)
                .map_err(|e| format!("{text:?}: {name} field {:?}: {e}", fields[i]))
        };
        let mut weekdays = field(4, "day-of-week", 0, 7, &WEEKDAYS)?;
        if weekdays & (1 << 7) != 0 {
            weekdays = (weekdays | 1) & !(1 << 7); // 7 is Sunday too
        }
        Ok(Schedule {
            text: text.trim().to_owned(),
            minutes: field(0, "minute", 0, 59, &[])?,
            hours: field(1, "hour", 0, 23, &[])?,
            days: field(2, "day-of-month", 1, 31, &[])?,
            months: field(3, "month", 1, 12, &MONTHS)?,
            weekdays,
            days_restricted: !fields[2].starts_with('*'),
            weekdays_restricted: !fields[4].starts_with('*'),
            every: None,
        })
    }
}

/// A field as a bit set of the values it allows.
fn parse_field(text: &str, min: u32, max: u32, names: &[&str]) -> Result<u64, String> {
    let value = |s: &str| -> Result<u32, String> {
        let lower = s.to_ascii_lowercase();
        if let Some(i) = names.iter().position(|n| *n == lower) {
            // Month names count from 1, weekday names from 0.
            return Ok(i as u32 + min.min(1));
        }
        let v: u32 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
        if v < min || v > max {
            return Err(format!("{v} is outside {min}-{max}"));
        }
        Ok(v)
    };
    let mut bits = 0u64;
    for part in text.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => {
                let step: u32 = s
                    .parse()
                    .map_err(|_| format!("step {s:?} is not a number"))?;
                if step == 0 {
                    return Err("a step of 0 never advances".into());
                }
                (r, step)
            }
            None => (part, 1),
        };
        let (lo, hi) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (value(a)?, value(b)?)
        } else {
            let v = value(range)?;
            // `5/15` means from 5 to the end in steps of 15.
            (v, if part.contains('/') { max } else { v })
        };
        if lo > hi {
            return Err(format!("range {lo}-{hi} is backwards"));
        }
        for v in (lo..=hi).step_by(step as usize) {
            bits |= 1 << v;
        }
    }
    Ok(bits)
}

impl Schedule {
    fn day_matches(&self, t: OffsetDateTime) -> bool {
        let day = self.days & (1 << t.day()) != 0;
        let weekday = self.weekdays & (1 << t.weekday().number_days_from_sunday()) != 0;
        match (self.days_restricted, self.weekdays_restricted) {
            (true, true) => day || weekday,
            (true, false) => day,
            (false, true) => weekday,
            (false, false) => true,
        }
    }

    /// The first time strictly after `after` (to the minute) that the schedule fires, within
    /// the next five years (`None` for schedules such as `0 0 31 2 *` that never do).
    pub fn next_after(&self, after: OffsetDateTime) -> Option<OffsetDateTime> {
        let after = after.to_offset(time::UtcOffset::UTC);
        if let Some(every) = self.every {
            return Some(after.replace_nanosecond(0).ok()? + every);
        }
        let mut t =
            after.replace_second(0).ok()?.replace_nanosecond(0).ok()? + Duration::minutes(1);
        let limit = after + Duration::days(5 * 366);
        while t < limit {
            if self.months & (1 << u8::from(t.month())) == 0 || !self.day_matches(t) {
                // Skip to the next day's midnight.
                t = t.replace_time(Time::MIDNIGHT) + Duration::days(1);
                continue;
            }
            if self.hours & (1 << t.hour()) == 0 {
                t = t.replace_minute(0).ok()? + Duration::hours(1);
                continue;
            }
            if self.minutes & (1 << t.minute()) == 0 {
                t += Duration::minutes(1);
                continue;
            }
            return Some(t);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn next(s: &str, after: OffsetDateTime) -> OffsetDateTime {
        s.parse::<Schedule>().unwrap().next_after(after).unwrap()
    }

    #[test]
    fn common_schedules() {
        let t = datetime!(2026-11-27 08:15:30 UTC);
        assert_eq!(next("0 */12 * * *", t), datetime!(2026-11-27 12:00 UTC));
        assert_eq!(next("*/5 * * * *", t), datetime!(2026-11-27 08:20 UTC));
        assert_eq!(next("* * * * *", t), datetime!(2026-11-27 08:16 UTC));
        assert_eq!(next("@hourly", t), datetime!(2026-11-27 09:00 UTC));
        assert_eq!(next("@daily", t), datetime!(2026-11-28 00:00 UTC));
        // 2026-11-27 is a Friday; the next Sunday is the 29th.
        assert_eq!(next("@weekly", t), datetime!(2026-11-29 00:00 UTC));
        assert_eq!(next("30 2 * * mon-fri", t), datetime!(2026-11-30 02:30 UTC));
        assert_eq!(next("0 0 1 jan *", t), datetime!(2027-01-01 00:00 UTC));
        assert_eq!(next("15,45 8 * * *", t), datetime!(2026-11-27 08:45 UTC));
        assert_eq!(next("5/20 * * * *", t), datetime!(2026-11-27 08:25 UTC));
        // Both day fields restricted: either matches (the 1st, or any Friday).
        assert_eq!(next("0 9 1 * 5", t), datetime!(2026-11-27 09:00 UTC));
        assert_eq!(next("0 0 * * 7", t), datetime!(2026-11-29 00:00 UTC));
        assert_eq!(next("0 0 29 2 *", t), datetime!(2028-02-29 00:00 UTC));
        assert!(
            "0 0 31 2 *"
                .parse::<Schedule>()
                .unwrap()
                .next_after(t)
                .is_none()
        );
        assert_eq!(next("@every 90s", t), datetime!(2026-11-27 08:17:00 UTC));
        assert_eq!(next("@every 1h30m", t), datetime!(2026-11-27 09:45:30 UTC));
    }

    #[test]
    fn bad_schedules_say_what_is_wrong() {
        for (text, words) in [
            ("0 */12 * *", "expected 5 fields"),
            ("61 * * * *", "minute field \"61\": 61 is outside 0-59"),
            ("*/0 * * * *", "a step of 0"),
            ("0 0 * foo *", "month field"),
            ("0 5-1 * * *", "backwards"),
            ("@often", "expected 5 fields"),
            ("@every soon", "@every needs a duration"),
            ("@every 0s", "at least 1s"),
        ] {
            let err = text.parse::<Schedule>().unwrap_err();
            assert!(err.contains(words), "{text}: {err}");
        }
    }
}

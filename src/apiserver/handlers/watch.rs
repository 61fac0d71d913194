//! WATCH: a chunked stream of one compact JSON event per line, from the watch cache.
//! Synthetic ADDED events for `resourceVersion` unset/"0" (and `sendInitialEvents`),
//! selector-aware transitions (an object that stops matching is DELETED for this watcher),
//! BOOKMARKs when asked for, `timeoutSeconds`, and 410 Expired as an in-stream ERROR event.

use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use http::StatusCode;
use http_body_util::BodyExt;
use hyper::body::{Body, Bytes, Frame};
use serde_json::json;
use tokio::sync::{broadcast, mpsc};

use super::list::Filter;
use super::{Api, Call};
use crate::apiserver::cache::{CacheError, CacheEvent, CachedObject, EventType};
use crate::apiserver::errors::{ApiError, ApiResult};
use crate::apiserver::registry::ResourceDef;
use crate::apiserver::wire::{self, Output};
use crate::serving::Response;

/// How often an idle watch with `allowWatchBookmarks` gets a BOOKMARK.
const BOOKMARK_INTERVAL: Duration = Duration::from_secs(30);

/// The most a chunk gathers from messages that are already waiting.
const MAX_CHUNK: usize = 256 * 1024;

/// A response body fed by a channel: one chunk per message, or, when several messages are
/// already waiting (a burst of events), one chunk for all of them — one TLS record and one
/// write instead of one per event.
struct ChannelBody(mpsc::Receiver<Bytes>);

impl Body for ChannelBody {
    type Data = Bytes;
    type Error = std::io::Error;
    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, std::io::Error>>> {
        let Poll::Ready(first) = self.0.poll_recv(cx) else {
            return Poll::Pending;
        };
        let Some(first) = first else {
            return Poll::Ready(None);
        };
        let mut chunk: Option<Vec<u8>> = None;
        while chunk.as_ref().map_or(first.len(), Vec::len) < MAX_CHUNK {
            let Ok(next) = self.0.try_recv() else { break };
            let buf = chunk.get_or_insert_with(|| {
                let mut buf = Vec::with_capacity(first.len() + next.len());
                buf.extend_from_slice(&first);
                buf
            });
            buf.extend_from_slice(&next);
        }
        let data = chunk.map_or(first, Bytes::from);
        Poll::Ready(Some(Ok(Frame::data(data))))
    }
}

/// How one watcher encodes events.
struct Encoder {
    def: &'static ResourceDef,
    output: Output,
    columns_sent: bool,
}

impl Encoder {
    fn event(&mut self, kind: &str, obj: &CachedObject) -> Bytes {
        let mut line = Vec::with_capacity(obj.json().len() + 32);
        line.extend_from_slice(b"{\"type\":\"");
        line.extend_from_slice(kind.as_bytes());
        line.extend_from_slice(b"\",\"object\":");
        match self.output {
            Output::Json => match self.def.converted(&obj.value) {
                Some(c) => {
                    line.extend_from_slice(&serde_json::to_vec(&c).expect("values serialize"))
                }
                None => line.extend_from_slice(obj.json()),
            },
            Output::Table { include } => {
                // Only the first event carries the column definitions, as upstream does.
                let table = wire::table(
                    self.def,
                    std::slice::from_ref(&obj.value),
                    crate::apiserver::meta::resource_version(&obj.value),
                    None,
                    include,
                    !self.columns_sent,
                );
                self.columns_sent = true;
                line.extend_from_slice(&serde_json::to_vec(&table).expect("tables serialize"));
            }
        }
        line.extend_from_slice(b"}\n");
        Bytes::from(line)
    }

    fn bookmark(&self, revision: i64, initial_end: bool) -> Bytes {
        let mut metadata = json!({"resourceVersion": revision.to_string()});
        if initial_end {
            metadata["annotations"] = json!({"k8s.io/initial-events-end": "true"});
        }
        let (kind, api_version) = match self.output {
            Output::Json => (self.def.kind.to_owned(), self.def.api_version()),
            Output::Table { .. } => ("Table".to_owned(), "meta.k8s.io/v1".to_owned()),
        };
        let ev = json!({"type": "BOOKMARK", "object": {"kind": kind, "apiVersion": api_version, "metadata": metadata}});
        let mut b = serde_json::to_vec(&ev).expect("values serialize");
        b.push(b'\n');
        Bytes::from(b)
    }
}

fn error_line(e: &ApiError) -> Bytes {
    let mut b = serde_json::to_vec(&json!({"type": "ERROR", "object": e.status()}))
        .expect("values serialize");
    b.push(b'\n');
    Bytes::from(b)
}

pub async fn watch(api: &Api, call: &Call) -> ApiResult<Response> {
    let filter = Filter::from_call(call)?;
    let prefix = call.def.namespace_prefix(call.namespace());
    let timeout = match call.query.int("timeoutSeconds")? {
        Some(t) if t > 0 => Duration::from_secs(t as u64),
        _ => {
            // Upstream: a random 30–60 minutes, so that watches do not all end together.
            let mut b = [0u8; 2];
            aws_lc_rs::rand::fill(&mut b).expect("system random generator failed");
            Duration::from_secs(1800 + u64::from(u16::from_le_bytes(b)) % 1800)
        }
    };
    let bookmarks = call.query.flag("allowWatchBookmarks");
    let send_initial = call.query.flag("sendInitialEvents");
    let rv = call.query.get("resourceVersion").unwrap_or("");
    let (tx, rx) = mpsc::channel::<Bytes>(256);
    let mut encoder = Encoder {
        def: call.def,
        output: call.output(),
        columns_sent: false,
    };
    let start = if rv.is_empty() || rv == "0" || send_initial {
        api.cache.watch_with_state(&prefix).await
    } else {
        let n: i64 = rv
            .parse()
            .map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv:?}")))?;
        api.cache.watch_from(n).await.map(|s| (Vec::new(), n, s))
    };
    let (initial, revision, start) = match start {
        Ok(s) => s,
        Err(e @ CacheError::TooOld { .. }) => {
            let _ = tx.send(error_line(&ApiError::expired(e.to_string()))).await;
            drop(tx);
            return Ok(stream_response(rx));
        }
        Err(e) => return Err(super::cache_error(e)),
    };
    let cache = api.cache.clone();
    tokio::spawn(async move {
        let mut last_rev = revision;
        for obj in initial.iter().filter(|o| filter.matches(&o.value)) {
            if tx.send(encoder.event("ADDED", obj)).await.is_err() {
                return;
            }
        }
        if send_initial && bookmarks && tx.send(encoder.bookmark(revision, true)).await.is_err() {
            return;
        }
        let deadline = tokio::time::sleep(timeout);
        tokio::pin!(deadline);
        let mut receiver = start.receiver;
        for ev in start.backlog {
            if !forward(&tx, &mut encoder, &filter, &prefix, &ev, &mut last_rev).await {
                return;
            }
        }
        let mut tick = tokio::time::interval(BOOKMARK_INTERVAL);
        tick.tick().await;
        loop {
            tokio::select! {
                () = &mut deadline => return,
                _ = tick.tick(), if bookmarks => {
                    let rev = last_rev.max(cache.revision().await);
                    if tx.send(encoder.bookmark(rev, false)).await.is_err() {
                        return;
                    }
                }
                received = receiver.recv() => match received {
                    Ok(ev) => {
                        if !forward(&tx, &mut encoder, &filter, &prefix, &ev, &mut last_rev).await {
                            return;
                        }
                    }
                    // A watcher too slow to keep up, or a cache rebuilt from scratch: end the
                    // stream; the client watches again from its last resourceVersion.
                    Err(broadcast::error::RecvError::Lagged(_)) | Err(broadcast::error::RecvError::Closed) => return,
                },
                () = tx.closed() => return,
            }
            if cache.epoch().await != start.epoch {
                return;
            }
        }
    });
    Ok(stream_response(rx))
}

/// Sends what one cache event means to this watcher; false when the client went away.
async fn forward(
    tx: &mpsc::Sender<Bytes>,
    encoder: &mut Encoder,
    filter: &Filter,
    prefix: &str,
    ev: &Arc<CacheEvent>,
    last_rev: &mut i64,
) -> bool {
    if !ev.key.starts_with(prefix) {
        return true;
    }
    *last_rev = ev.revision;
    let now = filter.matches(&ev.object.value);
    let before = ev.prev.as_ref().map(|p| filter.matches(&p.value));
    let kind = match ev.kind {
        EventType::Added => now.then_some("ADDED"),
        EventType::Deleted => (before.unwrap_or(now)).then_some("DELETED"),
        EventType::Modified => match (before.unwrap_or(now), now) {
            (true, true) => Some("MODIFIED"),
            (false, true) => Some("ADDED"),
            (true, false) => Some("DELETED"),
            (false, false) => None,
        },
    };
    match kind {
        Some(k) => tx.send(encoder.event(k, &ev.object)).await.is_ok(),
        None => true,
    }
}

fn stream_response(rx: mpsc::Receiver<Bytes>) -> Response {
    hyper::Response::builder()
        .status(StatusCode::OK)
        .header(http::header::CONTENT_TYPE, "application/json")
        .header(http::header::CACHE_CONTROL, "no-cache, private")
        .body(ChannelBody(rx).boxed())
        .expect("static headers are valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn next_chunk(body: &mut ChannelBody) -> Option<Bytes> {
        let frame = body.frame().await?.expect("channel bodies do not fail");
        Some(frame.into_data().expect("data frames only"))
    }

    #[tokio::test]
    async fn waiting_events_go_out_as_one_chunk_in_order_and_single_ones_as_they_come() {
        let (tx, rx) = mpsc::channel(1024);
        let mut body = ChannelBody(rx);
        for i in 0..3 {
            tx.send(Bytes::from(format!("event {i}\n"))).await.unwrap();
        }
        assert_eq!(
            next_chunk(&mut body).await.unwrap(),
            "event 0\nevent 1\nevent 2\n"
        );
        tx.send(Bytes::from_static(b"alone\n")).await.unwrap();
        assert_eq!(next_chunk(&mut body).await.unwrap(), "alone\n");
        // A burst larger than a chunk is split, nothing lost or reordered.
        let line = "x".repeat(1000) + "\n";
        let count = 2 * MAX_CHUNK / line.len() + 3;
        for _ in 0..count {
            tx.send(Bytes::from(line.clone())).await.unwrap();
        }
        drop(tx);
        let mut received = Vec::new();
        let mut chunks = 0;
        while let Some(chunk) = next_chunk(&mut body).await {
            assert!(chunk.len() < MAX_CHUNK + line.len());
            received.extend_from_slice(&chunk);
            chunks += 1;
        }
        assert_eq!(received, line.repeat(count).into_bytes());
        assert_eq!(chunks, 3);
    }
}

//! A KMS v2 plugin for tests, as a cloud KMS's plugin would be: a gRPC server (HTTP/2 on a
//! unix socket) answering `v2.KeyManagementService` Status, Encrypt and Decrypt, encrypting
//! with AES-256-GCM under one key per key id. The key id can be changed (a rotation in the
//! KMS), old keys keep decrypting, and every call is recorded.

use std::collections::HashMap;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use aws_lc_rs::aead::{AES_256_GCM, Aad, LessSafeKey, Nonce, UnboundKey};
use http_body_util::{BodyExt, StreamBody};
use hyper::body::{Bytes, Frame};
use kubeforge::apiserver::kms::proto;
use prost::Message;

#[derive(Default)]
struct State {
    key_id: String,
    keys: HashMap<String, [u8; 32]>,
    /// `Encrypt 32`, `Decrypt key-1`: method and what it was asked.
    calls: Vec<String>,
}

pub struct KmsPlugin {
    pub socket: PathBuf,
    state: Arc<Mutex<State>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl KmsPlugin {
    /// Serves on `socket` with key id `key_id`.
    pub fn start(socket: &Path, key_id: &str) -> Self {
        let state = Arc::new(Mutex::new(State::default()));
        let plugin_state = state.clone();
        let _ = std::fs::remove_file(socket);
        let listener = std::os::unix::net::UnixListener::bind(socket).expect("bind the KMS socket");
        listener.set_nonblocking(true).unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::UnixListener::from_std(listener).unwrap();
                tokio::pin!(stopped);
                loop {
                    tokio::select! {
                        _ = &mut stopped => return,
                        accepted = listener.accept() => {
                            let Ok((stream, _)) = accepted else { continue };
                            let state = plugin_state.clone();
                            tokio::spawn(async move {
                                let service = hyper::service::service_fn(move |req| {
                                    let state = state.clone();
                                    async move { Ok::<_, Infallible>(handle(&state, req).await) }
                                });
                                let _ = hyper::server::conn::http2::Builder::new(
                                    hyper_util::rt::TokioExecutor::new(),
                                )
                                .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                                .await;
                            });
                        }
                    }
                }
            });
        });
        let plugin = KmsPlugin {
            socket: socket.to_owned(),
            state,
            stop: Some(stop),
            thread: Some(thread),
        };
        plugin.rotate(key_id);
        plugin
    }

    /// A new key in the KMS: Status and Encrypt answer `key_id` from now on.
    pub fn rotate(&self, key_id: &str) {
        let mut key = [0u8; 32];
        aws_lc_rs::rand::fill(&mut key).unwrap();
        let mut state = self.state.lock().unwrap();
        state.keys.insert(key_id.to_owned(), key);
        state.key_id = key_id.to_owned();
    }

    pub fn calls(&self) -> Vec<String> {
        self.state.lock().unwrap().calls.clone()
    }

    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        drop(self.stop.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
        let _ = std::fs::remove_file(&self.socket);
    }
}

impl Drop for KmsPlugin {
    fn drop(&mut self) {
        self.shutdown();
    }
}

type Body = StreamBody<futures::stream::Iter<std::vec::IntoIter<Result<Frame<Bytes>, Infallible>>>>;

async fn handle(
    state: &Mutex<State>,
    req: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Body> {
    let method = req.uri().path().rsplit('/').next().unwrap_or("").to_owned();
    let body = req.into_body().collect().await.unwrap().to_bytes();
    let message = &body[5.min(body.len())..];
    let answer: Result<Vec<u8>, String> = match method.as_str() {
        "Status" => {
            let s = state.lock().unwrap();
            Ok(proto::StatusResponse {
                version: "v2".into(),
                healthz: "ok".into(),
                key_id: s.key_id.clone(),
            }
            .encode_to_vec())
        }
        "Encrypt" => {
            let req = proto::EncryptRequest::decode(message).unwrap();
            let mut s = state.lock().unwrap();
            s.calls.push(format!("Encrypt {}", req.plaintext.len()));
            let key_id = s.key_id.clone();
            let mut nonce = [0u8; 12];
            aws_lc_rs::rand::fill(&mut nonce).unwrap();
            let mut data = req.plaintext;
            cipher(&s.keys[&key_id])
                .seal_in_place_append_tag(
                    Nonce::assume_unique_for_key(nonce),
                    Aad::empty(),
                    &mut data,
                )
                .unwrap();
            let mut ciphertext = nonce.to_vec();
            ciphertext.extend_from_slice(&data);
            Ok(proto::EncryptResponse {
                ciphertext,
                key_id,
                annotations: HashMap::from([(
                    "region.kms.example.com".to_owned(),
                    b"test".to_vec(),
                )]),
            }
            .encode_to_vec())
        }
        "Decrypt" => {
            let req = proto::DecryptRequest::decode(message).unwrap();
            let mut s = state.lock().unwrap();
            s.calls.push(format!("Decrypt {}", req.key_id));
            match s.keys.get(&req.key_id) {
                Some(key) if req.ciphertext.len() > 12 => {
                    let (nonce, sealed) = req.ciphertext.split_at(12);
                    let mut data = sealed.to_vec();
                    match cipher(key).open_in_place(
                        Nonce::try_assume_unique_for_key(nonce).unwrap(),
                        Aad::empty(),
                        &mut data,
                    ) {
                        Ok(plain) => Ok(proto::DecryptResponse {
                            plaintext: plain.to_vec(),
                        }
                        .encode_to_vec()),
                        Err(_) => Err("cannot decrypt".into()),
                    }
                }
                _ => Err(format!("unknown key id {:?}", req.key_id)),
            }
        }
        other => Err(format!("no method {other}")),
    };
    let mut trailers = http::HeaderMap::new();
    let mut frames = Vec::new();
    match answer {
        Ok(bytes) => {
            let mut framed = vec![0u8];
            framed.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
            framed.extend_from_slice(&bytes);
            frames.push(Ok(Frame::data(Bytes::from(framed))));
            trailers.insert("grpc-status", "0".parse().unwrap());
        }
        Err(message) => {
            trailers.insert("grpc-status", "13".parse().unwrap());
            trailers.insert("grpc-message", message.parse().unwrap());
        }
    }
    frames.push(Ok(Frame::trailers(trailers)));
    hyper::Response::builder()
        .header("content-type", "application/grpc")
        .body(StreamBody::new(futures::stream::iter(frames)))
        .unwrap()
}

fn cipher(key: &[u8; 32]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, key).unwrap())
}

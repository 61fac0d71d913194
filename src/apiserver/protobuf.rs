//! Protobuf request bodies (`application/vnd.kubernetes.protobuf`): `k8s\0` + runtime.Unknown.

use serde_json::Value;

use super::errors::ApiError;

pub fn decode(_body: &[u8]) -> Result<Value, ApiError> {
    Err(ApiError::unsupported_media_type(
        "application/vnd.kubernetes.protobuf",
        &["application/json", "application/yaml"],
    ))
}

//! `Status` objects, the body of every API error (metav1.Status).

use http::StatusCode;
use serde_json::json;

use crate::serving::{self, Response};

pub fn failure(code: StatusCode, reason: &str, message: &str) -> Response {
    serving::json(
        code,
        &json!({
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": message,
            "reason": reason,
            "code": code.as_u16(),
        }),
    )
}

pub fn unauthorized() -> Response {
    failure(StatusCode::UNAUTHORIZED, "Unauthorized", "Unauthorized")
}

pub fn not_found() -> Response {
    failure(
        StatusCode::NOT_FOUND,
        "NotFound",
        "the server could not find the requested resource",
    )
}

//! GET of one object: from etcd (consistent) unless `resourceVersion=0` allows the cache.

use http::StatusCode;

use super::{Api, Call};
use crate::apiserver::errors::{ApiError, ApiResult};
use crate::apiserver::wire;
use crate::serving::Response;

pub async fn get(api: &Api, call: &Call) -> ApiResult<Response> {
    let value = match call.query.get("resourceVersion") {
        Some("0") => api.cache.get(&call.key()).await.map(|o| o.value.clone()),
        _ => api.read(call).await?.map(|s| s.value),
    };
    match value {
        Some(v) => Ok(wire::object(StatusCode::OK, &v, call.def, call.output())),
        None => Err(ApiError::not_found(&call.qualified())),
    }
}

//! Priority: a pod's `priorityClassName` resolves to its `priority` (and preemptionPolicy);
//! without a name, the globalDefault class applies, or priority 0. A pod may not state a
//! priority that differs from its class's.

use serde_json::{Value, json};

use super::{Operation, Request};
use crate::apiserver::errors::ApiResult;
use crate::apiserver::meta;

pub async fn admit(req: &Request<'_>, pod: &mut Value) -> ApiResult<()> {
    if req.op != Operation::Create || !req.is("pods") {
        return Ok(());
    }
    let name = meta::name(pod).to_owned();
    let class_name = pod
        .pointer("/spec/priorityClassName")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let (classes, _, _) = req
        .api
        .cache
        .list("/registry/priorityclasses/", None, 0, None, |_| true)
        .await
        .map_err(crate::apiserver::handlers::cache_error)?;
    let class = if class_name.is_empty() {
        classes
            .iter()
            .find(|c| c.value.get("globalDefault").and_then(Value::as_bool) == Some(true))
    } else {
        let found = classes.iter().find(|c| meta::name(&c.value) == class_name);
        if found.is_none() {
            return Err(req.forbidden(
                &name,
                &format!("no PriorityClass with name {class_name} was found"),
            ));
        }
        found
    };
    let (value, policy, class_name) = match class {
        Some(c) => (
            c.value.get("value").and_then(Value::as_i64).unwrap_or(0),
            c.value
                .get("preemptionPolicy")
                .and_then(Value::as_str)
                .unwrap_or("PreemptLowerPriority")
                .to_owned(),
            meta::name(&c.value).to_owned(),
        ),
        None => (0, "PreemptLowerPriority".to_owned(), String::new()),
    };
    let spec = &mut pod["spec"];
    if let Some(stated) = spec.get("priority").and_then(Value::as_i64)
        && stated != value
    {
        return Err(req.forbidden(
            &name,
            &format!(
                "the integer value of priority ({stated}) must not be provided in pod spec; priority admission controller computed {value} from the given PriorityClass name"
            ),
        ));
    }
    spec["priority"] = json!(value);
    if !class_name.is_empty() {
        spec["priorityClassName"] = json!(class_name);
    }
    if let Some(stated) = spec.get("preemptionPolicy").and_then(Value::as_str)
        && stated != policy
    {
        return Err(req.forbidden(
            &name,
            &format!(
                "the string value of PreemptionPolicy ({stated}) must not be provided in pod spec; priority admission controller computed {policy} from the given PriorityClass name"
            ),
        ));
    }
    spec["preemptionPolicy"] = json!(policy);
    Ok(())
}

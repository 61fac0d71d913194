//! kubeforge: kubeadm's bootstrap workflow with the control plane carried in one binary.
//! See DESIGN.md (the architecture) and README.md (the commands).

pub mod agent;
pub mod apiserver;
pub mod cli;
pub mod config;
pub mod controllers;
pub mod controlplane;
pub mod cron;
pub mod discovery;
pub mod etcd;
pub mod events;
pub mod fsutil;
pub mod kubeconfig;
pub mod label_selector;
pub mod leader_election;
pub mod phases;
pub mod pki;
pub mod quantity;
pub mod scheduler;
pub mod serving;
pub mod staticpod;
pub mod tls;
pub mod version;
pub mod workflow;

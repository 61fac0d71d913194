# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_kubeforge_global_optspecs
    string join \n root-dir= v/v= h/help V/version
end

function __fish_kubeforge_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_kubeforge_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_kubeforge_using_subcommand
    set -l cmd (__fish_kubeforge_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c kubeforge -n "__fish_kubeforge_needs_command" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_needs_command" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_needs_command" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "init" -d 'Run this command to set up the Kubernetes control plane'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "join" -d 'Run this on any machine you wish to join an existing cluster as a master'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "reset" -d 'Performs a best effort revert of changes made to this host by \'kubeforge init\' or \'kubeforge join\''
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "token" -d 'Manage bootstrap tokens'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "certs" -d 'Commands related to handling Kubernetes certificates'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "etcd" -d 'Back up, restore and inspect etcd'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "secrets-encrypt" -d 'Encryption at rest of Secrets: status and key rotation'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "config" -d 'Manage configuration for a kubeforge cluster'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "completion" -d 'Output shell completion code for the specified shell (bash, zsh or fish)'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "version" -d 'Print the version of kubeforge and of the Kubernetes API it implements'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "apiserver" -d 'Run the Kubernetes API server (normally started by the agent from its static Pod)'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "scheduler" -d 'Run the scheduler (normally started by the agent from its static Pod)'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "controller-manager" -d 'Run the controller manager (normally started by the agent from its static Pod)'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "agent" -d 'Run the node agent: supervises the static Pods in <root>/etc/kubernetes/manifests'
complete -c kubeforge -n "__fish_kubeforge_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l config -d 'Path to a kubeadm v1beta4 configuration file (InitConfiguration, ClusterConfiguration); `-` reads stdin' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apiserver-advertise-address -l advertise-address -d 'The IP address this node\'s API server and etcd member advertise (default: the default route\'s address)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apiserver-bind-port -d 'Port for this node\'s API server to bind to' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l node-name -d 'Specify the node name' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l ignore-preflight-errors -d 'Checks whose errors become warnings, e.g. Port-6443,FileExisting-etcd; \'all\' ignores every check' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l etcd-binary -d 'The etcd binary to run (default: `etcd` on PATH)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l apiserver-cert-extra-sans -d 'Optional extra Subject Alternative Names for the API server serving certificate (IPs or DNS names)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l control-plane-endpoint -d 'A stable address (host[:port]) for the control plane, e.g. a load balancer\'s' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l service-cidr -d 'Use alternative range of IP address for service VIPs' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l pod-network-cidr -d 'Specify range of IP addresses for the pod network' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l service-dns-domain -d 'Use alternative domain for services, e.g. "myorg.internal"' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l cert-dir -d 'The path where to save and store the certificates (inside --root-dir)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l token -d 'The bootstrap token to print in the join command (format [a-z0-9]{6}.[a-z0-9]{16})' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l token-ttl -d 'The duration before the token is automatically deleted (e.g. 1s, 2m, 3h); 0 means never' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l certificate-key -d 'Key (64 hex digits) that encrypts the uploaded certificates (default: a new random key, printed)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l dry-run -d 'Don\'t apply any changes; write into a temporary directory and print what would be done'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -l upload-certs -d 'Upload the control-plane certificates, encrypted, to the kubeadm-certs Secret (for `join --control-plane`)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -f -a "phase" -d 'Use this command to invoke a single phase of the init workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and not __fish_seen_subcommand_from phase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l config -d 'Path to a kubeadm v1beta4 configuration file (InitConfiguration, ClusterConfiguration); `-` reads stdin' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l apiserver-advertise-address -l advertise-address -d 'The IP address this node\'s API server and etcd member advertise (default: the default route\'s address)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l apiserver-bind-port -d 'Port for this node\'s API server to bind to' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l node-name -d 'Specify the node name' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l ignore-preflight-errors -d 'Checks whose errors become warnings, e.g. Port-6443,FileExisting-etcd; \'all\' ignores every check' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l etcd-binary -d 'The etcd binary to run (default: `etcd` on PATH)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l apiserver-cert-extra-sans -d 'Optional extra Subject Alternative Names for the API server serving certificate (IPs or DNS names)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l control-plane-endpoint -d 'A stable address (host[:port]) for the control plane, e.g. a load balancer\'s' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l service-cidr -d 'Use alternative range of IP address for service VIPs' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l pod-network-cidr -d 'Specify range of IP addresses for the pod network' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l service-dns-domain -d 'Use alternative domain for services, e.g. "myorg.internal"' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l cert-dir -d 'The path where to save and store the certificates (inside --root-dir)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l token -d 'The bootstrap token to print in the join command (format [a-z0-9]{6}.[a-z0-9]{16})' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l token-ttl -d 'The duration before the token is automatically deleted (e.g. 1s, 2m, 3h); 0 means never' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l certificate-key -d 'Key (64 hex digits) that encrypts the uploaded certificates (default: a new random key, printed)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l dry-run -d 'Don\'t apply any changes; write into a temporary directory and print what would be done'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -l upload-certs -d 'Upload the control-plane certificates, encrypted, to the kubeadm-certs Secret (for `join --control-plane`)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "preflight" -d 'Run pre-flight checks'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "certs" -d 'Certificate generation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "kubeconfig" -d 'Generate all kubeconfig files necessary to establish the control plane and the admin kubeconfig file'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "etcd" -d 'Generate static Pod manifest file for local etcd'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "control-plane" -d 'Generate all static Pod manifest files necessary to establish the control plane'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "agent-start" -d 'Write the node configuration and start the agent (the kubelet\'s role)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "wait-control-plane" -d 'Wait for the control plane to be ready'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "upload-config" -d 'Upload the ClusterConfiguration to the kubeadm-config ConfigMap'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "upload-certs" -d 'Upload certificates to kubeadm-certs (with --upload-certs)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "mark-control-plane" -d 'Mark a node as a control-plane'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "bootstrap-token" -d 'Generates bootstrap tokens used to join a node to a cluster'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "show-join-command" -d 'Show the join command for control-plane nodes'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from phase" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from help" -f -a "phase" -d 'Use this command to invoke a single phase of the init workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand init; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l config -d 'Path to a kubeadm v1beta4 JoinConfiguration file (`-` reads stdin); it replaces the discovery, node and control-plane flags' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l token -d 'The bootstrap token used for both discovery and TLS bootstrap' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-token -d 'The token used for discovery (default: --token)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l tls-bootstrap-token -d 'The token used to authenticate the TLS bootstrap (default: --token)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-token-ca-cert-hash -d 'The public key pin of the cluster CA (sha256:<hex>), as printed by init; repeatable' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-file -d 'A kubeconfig file whose cluster entry gives the endpoint and CA (instead of token discovery)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l certificate-key -d 'Key to decrypt the certificates uploaded by `init --upload-certs`' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l apiserver-advertise-address -l advertise-address -d 'The IP address this node\'s API server and etcd member advertise (default: the default route\'s address)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l apiserver-bind-port -d 'Port for this node\'s API server to bind to' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l node-name -d 'Specify the node name' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l ignore-preflight-errors -d 'Checks whose errors become warnings, e.g. Port-6443,FileExisting-etcd; \'all\' ignores every check' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l etcd-binary -d 'The etcd binary to run (default: `etcd` on PATH)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-timeout -d 'How long discovery waits for the cluster and for the token\'s signature (e.g. 30s, 5m; default 5m)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l discovery-token-unsafe-skip-ca-verification -d 'Trust the discovered CA without pinning it (insecure)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -l control-plane -d 'Create a new control plane instance (stacked etcd member) on this node'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -a "phase" -d 'Use this command to invoke a single phase of the join workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and not __fish_seen_subcommand_from phase help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l config -d 'Path to a kubeadm v1beta4 JoinConfiguration file (`-` reads stdin); it replaces the discovery, node and control-plane flags' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l token -d 'The bootstrap token used for both discovery and TLS bootstrap' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-token -d 'The token used for discovery (default: --token)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l tls-bootstrap-token -d 'The token used to authenticate the TLS bootstrap (default: --token)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-token-ca-cert-hash -d 'The public key pin of the cluster CA (sha256:<hex>), as printed by init; repeatable' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-file -d 'A kubeconfig file whose cluster entry gives the endpoint and CA (instead of token discovery)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l certificate-key -d 'Key to decrypt the certificates uploaded by `init --upload-certs`' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l apiserver-advertise-address -l advertise-address -d 'The IP address this node\'s API server and etcd member advertise (default: the default route\'s address)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l apiserver-bind-port -d 'Port for this node\'s API server to bind to' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l node-name -d 'Specify the node name' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l ignore-preflight-errors -d 'Checks whose errors become warnings, e.g. Port-6443,FileExisting-etcd; \'all\' ignores every check' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l etcd-binary -d 'The etcd binary to run (default: `etcd` on PATH)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-timeout -d 'How long discovery waits for the cluster and for the token\'s signature (e.g. 30s, 5m; default 5m)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l discovery-token-unsafe-skip-ca-verification -d 'Trust the discovered CA without pinning it (insecure)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -l control-plane -d 'Create a new control plane instance (stacked etcd member) on this node'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "preflight" -d 'Run join pre-flight checks'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "control-plane-prepare" -d 'Prepare the machine for serving a control plane'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "tls-bootstrap" -d 'Get this node\'s client certificate from the cluster (workers)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "agent-start" -d 'Write the node configuration and start the agent (the kubelet\'s role)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "control-plane-join" -d 'Join a machine as a control plane instance'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "wait-control-plane" -d 'Wait for the control plane components to be ready'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "wait-node" -d 'Wait for the Node to be registered and Ready'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from phase" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from help" -f -a "phase" -d 'Use this command to invoke a single phase of the join workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand join; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -s f -l force -d 'Reset the node without prompting for confirmation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -l allow-quorum-loss -d 'Remove this master\'s etcd member even when the members left would have no healthy quorum (the cluster then stops until they are back); without it, reset refuses and changes nothing'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -f -a "phase" -d 'Use this command to invoke a single phase of the reset workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and not __fish_seen_subcommand_from phase help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -s f -l force -d 'Reset the node without prompting for confirmation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -l allow-quorum-loss -d 'Remove this master\'s etcd member even when the members left would have no healthy quorum (the cluster then stops until they are back); without it, reset refuses and changes nothing'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -f -a "preflight" -d 'Run reset pre-flight checks'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -f -a "delete-node" -d 'Delete this node\'s Node object (masters of a multi-master cluster)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -f -a "remove-etcd-member" -d 'Remove this node\'s member from the etcd cluster'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -f -a "cleanup-node" -d 'Stop the agent and the components, and remove the files init wrote'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from phase" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from help" -f -a "phase" -d 'Use this command to invoke a single phase of the reset workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand reset; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "generate" -d 'Generate and print a bootstrap token, but do not create it on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "create" -d 'Create a bootstrap token on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "list" -d 'List bootstrap tokens on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "delete" -d 'Delete bootstrap tokens on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and not __fish_seen_subcommand_from generate create list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from generate" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from generate" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from generate" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l ttl -d 'The duration before the token is deleted (e.g. 30m, 24h; 0 = never)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l certificate-key -d 'With --print-join-command: print the control-plane join command with this certificate key' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l description -d 'A human-friendly description of the token\'s use' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l groups -d 'Extra groups the token authenticates as (system:bootstrappers:…)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l usages -d 'What the token may be used for' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l kubeconfig -d 'The kubeconfig to talk to the cluster with (default: <root>/etc/kubernetes/admin.conf)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -l print-join-command -d 'Print the full join command (for a worker; add --certificate-key for a master)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from list" -l kubeconfig -d 'The kubeconfig to talk to the cluster with (default: <root>/etc/kubernetes/admin.conf)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from list" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from list" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from delete" -l kubeconfig -d 'The kubeconfig to talk to the cluster with (default: <root>/etc/kubernetes/admin.conf)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from delete" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from delete" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generate and print a bootstrap token, but do not create it on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a bootstrap token on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "list" -d 'List bootstrap tokens on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete bootstrap tokens on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand token; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -f -a "check-expiration" -d 'Check certificates expiration for a Kubernetes cluster (exit code 1 when one has expired or expires within --warn-within)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -f -a "renew" -d 'Renew certificates and kubeconfigs from their current subject and SANs: a name from `certs check-expiration`, or `all`'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -f -a "generate-csr" -d 'External-CA mode: write keys and certificate signing requests (and partial kubeconfigs) for everything a CA whose certificate is here without its key must sign; takes init\'s flags, so the requests carry exactly the names init will check'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -f -a "rotate-ca" -d 'Replace the cluster and front-proxy CAs and the service-account key on every node without downtime (trust both, reissue with the new, drop the old); rerun to resume an interrupted rotation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and not __fish_seen_subcommand_from check-expiration renew generate-csr rotate-ca help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''
yaml\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l warn-within -d 'Report certificates expiring within this duration as a problem' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from check-expiration" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -l csr-dir -d 'Where --csr-only writes <name>.key and <name>.csr' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -l new-key -d 'Generate new private keys instead of reusing the current ones'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -l csr-only -d 'Write keys and certificate signing requests for an external CA instead of renewing'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from renew" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l config -d 'Path to a kubeadm v1beta4 configuration file (InitConfiguration, ClusterConfiguration); `-` reads stdin' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l apiserver-advertise-address -l advertise-address -d 'The IP address this node\'s API server and etcd member advertise (default: the default route\'s address)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l apiserver-bind-port -d 'Port for this node\'s API server to bind to' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l node-name -d 'Specify the node name' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l skip-phases -d 'List of phases to be skipped (comma-separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l ignore-preflight-errors -d 'Checks whose errors become warnings, e.g. Port-6443,FileExisting-etcd; \'all\' ignores every check' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l etcd-binary -d 'The etcd binary to run (default: `etcd` on PATH)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l apiserver-cert-extra-sans -d 'Optional extra Subject Alternative Names for the API server serving certificate (IPs or DNS names)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l control-plane-endpoint -d 'A stable address (host[:port]) for the control plane, e.g. a load balancer\'s' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l service-cidr -d 'Use alternative range of IP address for service VIPs' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l pod-network-cidr -d 'Specify range of IP addresses for the pod network' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l service-dns-domain -d 'Use alternative domain for services, e.g. "myorg.internal"' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l cert-dir -d 'The path where to save and store the certificates (inside --root-dir)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l token -d 'The bootstrap token to print in the join command (format [a-z0-9]{6}.[a-z0-9]{16})' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l token-ttl -d 'The duration before the token is automatically deleted (e.g. 1s, 2m, 3h); 0 means never' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l certificate-key -d 'Key (64 hex digits) that encrypts the uploaded certificates (default: a new random key, printed)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l dry-run -d 'Don\'t apply any changes; write into a temporary directory and print what would be done'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -l upload-certs -d 'Upload the control-plane certificates, encrypted, to the kubeadm-certs Secret (for `join --control-plane`)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from generate-csr" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -l path -d 'Directory with the new CA as ca.crt and ca.key, and optionally front-proxy-ca.crt and front-proxy-ca.key (default: generate both)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -l status -d 'Show each node\'s rotation stage and change nothing'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from rotate-ca" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "check-expiration" -d 'Check certificates expiration for a Kubernetes cluster (exit code 1 when one has expired or expires within --warn-within)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Renew certificates and kubeconfigs from their current subject and SANs: a name from `certs check-expiration`, or `all`'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "generate-csr" -d 'External-CA mode: write keys and certificate signing requests (and partial kubeconfigs) for everything a CA whose certificate is here without its key must sign; takes init\'s flags, so the requests carry exactly the names init will check'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "rotate-ca" -d 'Replace the cluster and front-proxy CAs and the service-account key on every node without downtime (trust both, reissue with the new, drop the old); rerun to resume an interrupted rotation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand certs; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -f -a "snapshot" -d 'Save, list, verify, prune and restore etcd snapshots'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -f -a "member" -d 'List and remove etcd members'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and not __fish_seen_subcommand_from snapshot member help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "save" -d 'Take a snapshot of this node\'s etcd member: streamed, checksum- and integrity-verified, written atomically'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "list" -d 'List the snapshots in the snapshot directory'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "delete" -d 'Delete snapshots by name'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "prune" -d 'Delete all but the newest N scheduled snapshots (manual ones only with --include-manual)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "verify" -d 'Check a snapshot\'s checksum and the integrity of its database without restoring it'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "restore" -d 'Restore this node\'s etcd member from a snapshot (a new single-member cluster)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from snapshot" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -f -a "list" -d 'List the etcd cluster\'s members (through this node\'s member)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove the member of a dead master that cannot run `kubeforge reset` itself'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from member" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from help" -f -a "snapshot" -d 'Save, list, verify, prune and restore etcd snapshots'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from help" -f -a "member" -d 'List and remove etcd members'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand etcd; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -f -a "status" -d 'Show whether Secrets are encrypted at rest, the active key, and how many Secrets each key protects'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -f -a "rotate-keys" -d 'Add a new key, restart the API server with it, and re-encrypt every stored Secret with it'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and not __fish_seen_subcommand_from status rotate-keys help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t''
json\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from status" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from status" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from rotate-keys" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from rotate-keys" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from rotate-keys" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from rotate-keys" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show whether Secrets are encrypted at rest, the active key, and how many Secrets each key protects'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from help" -f -a "rotate-keys" -d 'Add a new key, restart the API server with it, and re-encrypt every stored Secret with it'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand secrets-encrypt; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and not __fish_seen_subcommand_from print help" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and not __fish_seen_subcommand_from print help" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and not __fish_seen_subcommand_from print help" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and not __fish_seen_subcommand_from print help" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and not __fish_seen_subcommand_from print help" -f -a "print" -d 'Print configuration'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and not __fish_seen_subcommand_from print help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -f -a "init-defaults" -d 'Print the default init configuration (InitConfiguration and ClusterConfiguration) for `kubeforge init --config`'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -f -a "join-defaults" -d 'Print a default join configuration (JoinConfiguration) for `kubeforge join --config`'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from print" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "print" -d 'Print configuration'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand completion" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand completion" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand completion" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand completion" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand version" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand version" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand version" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand version" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l advertise-address -d 'The IP address on which to advertise the apiserver to members of the cluster' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l bind-address -d 'The IP address on which to listen for the --secure-port port (defaults to the advertise address)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l secure-port -d 'The port on which to serve HTTPS with authentication and authorization' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l tls-cert-file -d 'File containing the default x509 certificate for HTTPS' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l tls-private-key-file -d 'File containing the default x509 private key matching --tls-cert-file' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l client-ca-file -d 'Client certificates signed by this CA authenticate as CN=user, O=groups' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l etcd-servers -d 'etcd servers to connect to (scheme://ip:port), comma separated' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l etcd-cafile -d 'SSL Certificate Authority file used to secure etcd communication' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l etcd-certfile -d 'SSL certification file used to secure etcd communication' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l etcd-keyfile -d 'SSL key file used to secure etcd communication' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-cluster-ip-range -d 'A CIDR IP range from which to assign service cluster IPs' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-node-port-range -d 'A port range to reserve for services with NodePort visibility' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l max-requests-inflight -d 'The maximum number of non-mutating requests in flight at a given time' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l max-mutating-requests-inflight -d 'The maximum number of mutating requests in flight at a given time' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l request-timeout -d 'How long a non-watch request may take before it is answered with a 504 Timeout' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l audit-policy-file -d 'audit.k8s.io/v1 Policy deciding what is logged; no audit log without it' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l audit-log-path -d 'Where audit events are written as JSON lines' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l audit-log-maxsize -d 'Size in MiB at which the audit log is rotated (0: never)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l audit-log-maxbackup -d 'Rotated audit logs kept' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l encryption-provider-config -d 'EncryptionConfiguration (apiserver.config.k8s.io/v1) for encrypting resources in etcd' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l enable-admission-plugins -d 'Admission plugins to enable besides the default ones (all implemented plugins are on by default)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l disable-admission-plugins -d 'Admission plugins to turn off (comma separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l authorization-mode -d 'Ordered authorizers: AlwaysAllow, AlwaysDeny, Node, RBAC (comma separated)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l anonymous-auth -d 'Requests without credentials are served as system:anonymous (what RBAC allows it)' -r -f -a "true\t''
false\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-account-key-file -d 'Public (or private) keys that verify service-account tokens; repeatable' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-account-signing-key-file -d 'Private key that signs tokens of the TokenRequest API (serviceaccounts/token)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-account-issuer -d 'Issuer of service-account tokens; the first signs, all are accepted; repeatable' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-account-jwks-uri -d 'The jwks_uri of the issuer discovery document (default: https://<this server>/openid/v1/jwks)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l api-audiences -d 'Audiences this server accepts in bound tokens (default: the first issuer)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l service-account-max-token-expiration -d 'Longest lifetime a TokenRequest may ask for (0: no limit)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l requestheader-client-ca-file -d 'CA of the front proxy: its client certificates may assert a user in request headers' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l requestheader-allowed-names -d 'Client certificate common names allowed to act as the front proxy (empty: any)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l requestheader-username-headers -d 'Request headers that carry the user name (front proxy)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l requestheader-group-headers -d 'Request headers that carry the groups (front proxy)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l requestheader-extra-headers-prefix -d 'Request header prefixes of the user\'s extra attributes (front proxy)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand apiserver" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l kubeconfig -d 'Path to kubeconfig file with authorization and master location information' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l bind-address -d 'The IP address on which to listen for the --secure-port port' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l secure-port -d 'The port on which to serve HTTPS health endpoints (/healthz, /livez, /readyz)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l leader-elect -d 'Start a leader election client and gain leadership before executing the main loop' -r -f -a "true\t''
false\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l leader-elect-lease-duration -d 'How long non-leaders wait after observing a leadership renewal before trying to take the lease of a leader that stopped renewing' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l leader-elect-renew-deadline -d 'How long the leader keeps retrying to renew before it stops leading' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l leader-elect-retry-period -d 'How long candidates wait between attempts to acquire or renew leadership' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l leader-elect-resource-namespace -d 'The namespace of the Lease object used for leader election' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l leader-elect-resource-name -d 'The name of the Lease object used for leader election (default: the component\'s name)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l config -d 'The path to a KubeSchedulerConfiguration file (kubescheduler.config.k8s.io/v1): profiles, plugins and weights, percentageOfNodesToScore, leader election' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand scheduler" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l kubeconfig -d 'Path to kubeconfig file with authorization and master location information' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l bind-address -d 'The IP address on which to listen for the --secure-port port' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l secure-port -d 'The port on which to serve HTTPS health endpoints (/healthz, /livez, /readyz)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l leader-elect -d 'Start a leader election client and gain leadership before executing the main loop' -r -f -a "true\t''
false\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l leader-elect-lease-duration -d 'How long non-leaders wait after observing a leadership renewal before trying to take the lease of a leader that stopped renewing' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l leader-elect-renew-deadline -d 'How long the leader keeps retrying to renew before it stops leading' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l leader-elect-retry-period -d 'How long candidates wait between attempts to acquire or renew leadership' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l leader-elect-resource-namespace -d 'The namespace of the Lease object used for leader election' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l leader-elect-resource-name -d 'The name of the Lease object used for leader election (default: the component\'s name)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l controllers -d 'Controllers to enable: \'*\' enables the default set, \'foo\' enables foo, \'-foo\' disables foo (run `kubeforge controller-manager --help` for the names)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l node-monitor-grace-period -d 'How long a node may go without a heartbeat (Lease renewal or status update) before it is marked Ready=Unknown and tainted unreachable' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l node-monitor-period -d 'How often the node-lifecycle controller checks node heartbeats' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l root-ca-file -d 'CA bundle published to every namespace as the kube-root-ca.crt ConfigMap (default: the CA of --kubeconfig)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l concurrent-syncs -d 'Deployments, ReplicaSets and Jobs reconciled at once (each)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l cluster-signing-cert-file -d 'CA certificate that signs approved CertificateSigningRequests (csrsigning)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l cluster-signing-key-file -d 'Key of --cluster-signing-cert-file' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l service-account-private-key-file -d 'Key that signs service-account tokens (serviceaccount-token)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l allocate-node-cidrs -d 'Give every Node a pod range (spec.podCIDR) from --cluster-cidr' -r -f -a "true\t''
false\t''"
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l cluster-cidr -d 'The CIDR pod ranges are carved from (ClusterConfiguration networking.podSubnet)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l node-cidr-mask-size -d 'Prefix length of each node\'s pod range (default 24 for IPv4, 64 for IPv6)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l cluster-signing-duration -d 'Longest validity of a certificate csrsigning issues' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand controller-manager" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand agent" -l root-dir -d 'Directory every path lives under (several nodes can share a machine with distinct roots)' -r -F
complete -c kubeforge -n "__fish_kubeforge_using_subcommand agent" -s v -l v -d 'Log verbosity: 0 warnings, 1–2 info, 3–4 debug, 5+ trace (`--v=4`)' -r
complete -c kubeforge -n "__fish_kubeforge_using_subcommand agent" -s h -l help -d 'Print help'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand agent" -s V -l version -d 'Print version'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "init" -d 'Run this command to set up the Kubernetes control plane'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "join" -d 'Run this on any machine you wish to join an existing cluster as a master'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "reset" -d 'Performs a best effort revert of changes made to this host by \'kubeforge init\' or \'kubeforge join\''
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "token" -d 'Manage bootstrap tokens'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "certs" -d 'Commands related to handling Kubernetes certificates'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "etcd" -d 'Back up, restore and inspect etcd'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "secrets-encrypt" -d 'Encryption at rest of Secrets: status and key rotation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "config" -d 'Manage configuration for a kubeforge cluster'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "completion" -d 'Output shell completion code for the specified shell (bash, zsh or fish)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "version" -d 'Print the version of kubeforge and of the Kubernetes API it implements'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "apiserver" -d 'Run the Kubernetes API server (normally started by the agent from its static Pod)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "scheduler" -d 'Run the scheduler (normally started by the agent from its static Pod)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "controller-manager" -d 'Run the controller manager (normally started by the agent from its static Pod)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "agent" -d 'Run the node agent: supervises the static Pods in <root>/etc/kubernetes/manifests'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and not __fish_seen_subcommand_from init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from init" -f -a "phase" -d 'Use this command to invoke a single phase of the init workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from join" -f -a "phase" -d 'Use this command to invoke a single phase of the join workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from reset" -f -a "phase" -d 'Use this command to invoke a single phase of the reset workflow'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "generate" -d 'Generate and print a bootstrap token, but do not create it on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "create" -d 'Create a bootstrap token on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "list" -d 'List bootstrap tokens on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from token" -f -a "delete" -d 'Delete bootstrap tokens on the server'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "check-expiration" -d 'Check certificates expiration for a Kubernetes cluster (exit code 1 when one has expired or expires within --warn-within)'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "renew" -d 'Renew certificates and kubeconfigs from their current subject and SANs: a name from `certs check-expiration`, or `all`'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "generate-csr" -d 'External-CA mode: write keys and certificate signing requests (and partial kubeconfigs) for everything a CA whose certificate is here without its key must sign; takes init\'s flags, so the requests carry exactly the names init will check'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from certs" -f -a "rotate-ca" -d 'Replace the cluster and front-proxy CAs and the service-account key on every node without downtime (trust both, reissue with the new, drop the old); rerun to resume an interrupted rotation'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from etcd" -f -a "snapshot" -d 'Save, list, verify, prune and restore etcd snapshots'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from etcd" -f -a "member" -d 'List and remove etcd members'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from secrets-encrypt" -f -a "status" -d 'Show whether Secrets are encrypted at rest, the active key, and how many Secrets each key protects'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from secrets-encrypt" -f -a "rotate-keys" -d 'Add a new key, restart the API server with it, and re-encrypt every stored Secret with it'
complete -c kubeforge -n "__fish_kubeforge_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "print" -d 'Print configuration'

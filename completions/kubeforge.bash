_kubeforge() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="kubeforge"
                ;;
            kubeforge,agent)
                cmd="kubeforge__subcmd__agent"
                ;;
            kubeforge,apiserver)
                cmd="kubeforge__subcmd__apiserver"
                ;;
            kubeforge,certs)
                cmd="kubeforge__subcmd__certs"
                ;;
            kubeforge,completion)
                cmd="kubeforge__subcmd__completion"
                ;;
            kubeforge,config)
                cmd="kubeforge__subcmd__config"
                ;;
            kubeforge,controller-manager)
                cmd="kubeforge__subcmd__controller__subcmd__manager"
                ;;
            kubeforge,etcd)
                cmd="kubeforge__subcmd__etcd"
                ;;
            kubeforge,help)
                cmd="kubeforge__subcmd__help"
                ;;
            kubeforge,init)
                cmd="kubeforge__subcmd__init"
                ;;
            kubeforge,join)
                cmd="kubeforge__subcmd__join"
                ;;
            kubeforge,reset)
                cmd="kubeforge__subcmd__reset"
                ;;
            kubeforge,scheduler)
                cmd="kubeforge__subcmd__scheduler"
                ;;
            kubeforge,secrets-encrypt)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt"
                ;;
            kubeforge,token)
                cmd="kubeforge__subcmd__token"
                ;;
            kubeforge,version)
                cmd="kubeforge__subcmd__version"
                ;;
            kubeforge__subcmd__certs,check-expiration)
                cmd="kubeforge__subcmd__certs__subcmd__check__subcmd__expiration"
                ;;
            kubeforge__subcmd__certs,generate-csr)
                cmd="kubeforge__subcmd__certs__subcmd__generate__subcmd__csr"
                ;;
            kubeforge__subcmd__certs,help)
                cmd="kubeforge__subcmd__certs__subcmd__help"
                ;;
            kubeforge__subcmd__certs,renew)
                cmd="kubeforge__subcmd__certs__subcmd__renew"
                ;;
            kubeforge__subcmd__certs,rotate-ca)
                cmd="kubeforge__subcmd__certs__subcmd__rotate__subcmd__ca"
                ;;
            kubeforge__subcmd__certs__subcmd__help,check-expiration)
                cmd="kubeforge__subcmd__certs__subcmd__help__subcmd__check__subcmd__expiration"
                ;;
            kubeforge__subcmd__certs__subcmd__help,generate-csr)
                cmd="kubeforge__subcmd__certs__subcmd__help__subcmd__generate__subcmd__csr"
                ;;
            kubeforge__subcmd__certs__subcmd__help,help)
                cmd="kubeforge__subcmd__certs__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__certs__subcmd__help,renew)
                cmd="kubeforge__subcmd__certs__subcmd__help__subcmd__renew"
                ;;
            kubeforge__subcmd__certs__subcmd__help,rotate-ca)
                cmd="kubeforge__subcmd__certs__subcmd__help__subcmd__rotate__subcmd__ca"
                ;;
            kubeforge__subcmd__config,help)
                cmd="kubeforge__subcmd__config__subcmd__help"
                ;;
            kubeforge__subcmd__config,print)
                cmd="kubeforge__subcmd__config__subcmd__print"
                ;;
            kubeforge__subcmd__config__subcmd__help,help)
                cmd="kubeforge__subcmd__config__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__config__subcmd__help,print)
                cmd="kubeforge__subcmd__config__subcmd__help__subcmd__print"
                ;;
            kubeforge__subcmd__config__subcmd__help__subcmd__print,init-defaults)
                cmd="kubeforge__subcmd__config__subcmd__help__subcmd__print__subcmd__init__subcmd__defaults"
                ;;
            kubeforge__subcmd__config__subcmd__help__subcmd__print,join-defaults)
                cmd="kubeforge__subcmd__config__subcmd__help__subcmd__print__subcmd__join__subcmd__defaults"
                ;;
            kubeforge__subcmd__config__subcmd__print,help)
                cmd="kubeforge__subcmd__config__subcmd__print__subcmd__help"
                ;;
            kubeforge__subcmd__config__subcmd__print,init-defaults)
                cmd="kubeforge__subcmd__config__subcmd__print__subcmd__init__subcmd__defaults"
                ;;
            kubeforge__subcmd__config__subcmd__print,join-defaults)
                cmd="kubeforge__subcmd__config__subcmd__print__subcmd__join__subcmd__defaults"
                ;;
            kubeforge__subcmd__config__subcmd__print__subcmd__help,help)
                cmd="kubeforge__subcmd__config__subcmd__print__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__config__subcmd__print__subcmd__help,init-defaults)
                cmd="kubeforge__subcmd__config__subcmd__print__subcmd__help__subcmd__init__subcmd__defaults"
                ;;
            kubeforge__subcmd__config__subcmd__print__subcmd__help,join-defaults)
                cmd="kubeforge__subcmd__config__subcmd__print__subcmd__help__subcmd__join__subcmd__defaults"
                ;;
            kubeforge__subcmd__etcd,help)
                cmd="kubeforge__subcmd__etcd__subcmd__help"
                ;;
            kubeforge__subcmd__etcd,member)
                cmd="kubeforge__subcmd__etcd__subcmd__member"
                ;;
            kubeforge__subcmd__etcd,snapshot)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot"
                ;;
            kubeforge__subcmd__etcd__subcmd__help,help)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__etcd__subcmd__help,member)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__member"
                ;;
            kubeforge__subcmd__etcd__subcmd__help,snapshot)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__member,list)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__member__subcmd__list"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__member,remove)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__member__subcmd__remove"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot,delete)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__delete"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot,list)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__list"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot,prune)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__prune"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot,restore)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__restore"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot,save)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__save"
                ;;
            kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot,verify)
                cmd="kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__verify"
                ;;
            kubeforge__subcmd__etcd__subcmd__member,help)
                cmd="kubeforge__subcmd__etcd__subcmd__member__subcmd__help"
                ;;
            kubeforge__subcmd__etcd__subcmd__member,list)
                cmd="kubeforge__subcmd__etcd__subcmd__member__subcmd__list"
                ;;
            kubeforge__subcmd__etcd__subcmd__member,remove)
                cmd="kubeforge__subcmd__etcd__subcmd__member__subcmd__remove"
                ;;
            kubeforge__subcmd__etcd__subcmd__member__subcmd__help,help)
                cmd="kubeforge__subcmd__etcd__subcmd__member__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__etcd__subcmd__member__subcmd__help,list)
                cmd="kubeforge__subcmd__etcd__subcmd__member__subcmd__help__subcmd__list"
                ;;
            kubeforge__subcmd__etcd__subcmd__member__subcmd__help,remove)
                cmd="kubeforge__subcmd__etcd__subcmd__member__subcmd__help__subcmd__remove"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,delete)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__delete"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,help)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,list)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__list"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,prune)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__prune"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,restore)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__restore"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,save)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__save"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot,verify)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__verify"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,delete)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__delete"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,help)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,list)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__list"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,prune)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__prune"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,restore)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__restore"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,save)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__save"
                ;;
            kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help,verify)
                cmd="kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__verify"
                ;;
            kubeforge__subcmd__help,agent)
                cmd="kubeforge__subcmd__help__subcmd__agent"
                ;;
            kubeforge__subcmd__help,apiserver)
                cmd="kubeforge__subcmd__help__subcmd__apiserver"
                ;;
            kubeforge__subcmd__help,certs)
                cmd="kubeforge__subcmd__help__subcmd__certs"
                ;;
            kubeforge__subcmd__help,completion)
                cmd="kubeforge__subcmd__help__subcmd__completion"
                ;;
            kubeforge__subcmd__help,config)
                cmd="kubeforge__subcmd__help__subcmd__config"
                ;;
            kubeforge__subcmd__help,controller-manager)
                cmd="kubeforge__subcmd__help__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__help,etcd)
                cmd="kubeforge__subcmd__help__subcmd__etcd"
                ;;
            kubeforge__subcmd__help,help)
                cmd="kubeforge__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__help,init)
                cmd="kubeforge__subcmd__help__subcmd__init"
                ;;
            kubeforge__subcmd__help,join)
                cmd="kubeforge__subcmd__help__subcmd__join"
                ;;
            kubeforge__subcmd__help,reset)
                cmd="kubeforge__subcmd__help__subcmd__reset"
                ;;
            kubeforge__subcmd__help,scheduler)
                cmd="kubeforge__subcmd__help__subcmd__scheduler"
                ;;
            kubeforge__subcmd__help,secrets-encrypt)
                cmd="kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt"
                ;;
            kubeforge__subcmd__help,token)
                cmd="kubeforge__subcmd__help__subcmd__token"
                ;;
            kubeforge__subcmd__help,version)
                cmd="kubeforge__subcmd__help__subcmd__version"
                ;;
            kubeforge__subcmd__help__subcmd__certs,check-expiration)
                cmd="kubeforge__subcmd__help__subcmd__certs__subcmd__check__subcmd__expiration"
                ;;
            kubeforge__subcmd__help__subcmd__certs,generate-csr)
                cmd="kubeforge__subcmd__help__subcmd__certs__subcmd__generate__subcmd__csr"
                ;;
            kubeforge__subcmd__help__subcmd__certs,renew)
                cmd="kubeforge__subcmd__help__subcmd__certs__subcmd__renew"
                ;;
            kubeforge__subcmd__help__subcmd__certs,rotate-ca)
                cmd="kubeforge__subcmd__help__subcmd__certs__subcmd__rotate__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__config,print)
                cmd="kubeforge__subcmd__help__subcmd__config__subcmd__print"
                ;;
            kubeforge__subcmd__help__subcmd__config__subcmd__print,init-defaults)
                cmd="kubeforge__subcmd__help__subcmd__config__subcmd__print__subcmd__init__subcmd__defaults"
                ;;
            kubeforge__subcmd__help__subcmd__config__subcmd__print,join-defaults)
                cmd="kubeforge__subcmd__help__subcmd__config__subcmd__print__subcmd__join__subcmd__defaults"
                ;;
            kubeforge__subcmd__help__subcmd__etcd,member)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__member"
                ;;
            kubeforge__subcmd__help__subcmd__etcd,snapshot)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__member,list)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__member__subcmd__list"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__member,remove)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__member__subcmd__remove"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot,delete)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__delete"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot,list)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__list"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot,prune)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__prune"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot,restore)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__restore"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot,save)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__save"
                ;;
            kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot,verify)
                cmd="kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__verify"
                ;;
            kubeforge__subcmd__help__subcmd__init,phase)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,agent-start)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,bootstrap-token)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__bootstrap__subcmd__token"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,certs)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,control-plane)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,etcd)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,kubeconfig)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,mark-control-plane)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,show-join-command)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__show__subcmd__join__subcmd__command"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,upload-certs)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__upload__subcmd__certs"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,upload-config)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__upload__subcmd__config"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase,wait-control-plane)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,all)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,ca)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs,sa)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd,all)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd,local)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__local"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__help__subcmd__join,phase)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,agent-start)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,control-plane-join)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,control-plane-prepare)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,tls-bootstrap)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__tls__subcmd__bootstrap"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,wait-control-plane)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase,wait-node)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__wait__subcmd__node"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,all)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,etcd)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,mark-control-plane)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,all)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,certs)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,control-plane)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,download-certs)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,kubeconfig)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,all)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,ca)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,sa)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__help__subcmd__reset,phase)
                cmd="kubeforge__subcmd__help__subcmd__reset__subcmd__phase"
                ;;
            kubeforge__subcmd__help__subcmd__reset__subcmd__phase,cleanup-node)
                cmd="kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__cleanup__subcmd__node"
                ;;
            kubeforge__subcmd__help__subcmd__reset__subcmd__phase,delete-node)
                cmd="kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__delete__subcmd__node"
                ;;
            kubeforge__subcmd__help__subcmd__reset__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__help__subcmd__reset__subcmd__phase,remove-etcd-member)
                cmd="kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__remove__subcmd__etcd__subcmd__member"
                ;;
            kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt,rotate-keys)
                cmd="kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt__subcmd__rotate__subcmd__keys"
                ;;
            kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt,status)
                cmd="kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt__subcmd__status"
                ;;
            kubeforge__subcmd__help__subcmd__token,create)
                cmd="kubeforge__subcmd__help__subcmd__token__subcmd__create"
                ;;
            kubeforge__subcmd__help__subcmd__token,delete)
                cmd="kubeforge__subcmd__help__subcmd__token__subcmd__delete"
                ;;
            kubeforge__subcmd__help__subcmd__token,generate)
                cmd="kubeforge__subcmd__help__subcmd__token__subcmd__generate"
                ;;
            kubeforge__subcmd__help__subcmd__token,list)
                cmd="kubeforge__subcmd__help__subcmd__token__subcmd__list"
                ;;
            kubeforge__subcmd__init,help)
                cmd="kubeforge__subcmd__init__subcmd__help"
                ;;
            kubeforge__subcmd__init,phase)
                cmd="kubeforge__subcmd__init__subcmd__phase"
                ;;
            kubeforge__subcmd__init__subcmd__help,help)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__help,phase)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,agent-start)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,bootstrap-token)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__bootstrap__subcmd__token"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,certs)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,control-plane)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,etcd)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,kubeconfig)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,mark-control-plane)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,show-join-command)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__show__subcmd__join__subcmd__command"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,upload-certs)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__upload__subcmd__certs"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,upload-config)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__upload__subcmd__config"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase,wait-control-plane)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,all)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,ca)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs,sa)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd,all)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd,local)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd__subcmd__local"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__phase,agent-start)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__init__subcmd__phase,bootstrap-token)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__bootstrap__subcmd__token"
                ;;
            kubeforge__subcmd__init__subcmd__phase,certs)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs"
                ;;
            kubeforge__subcmd__init__subcmd__phase,control-plane)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__phase,etcd)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd"
                ;;
            kubeforge__subcmd__init__subcmd__phase,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase,kubeconfig)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__init__subcmd__phase,mark-control-plane)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__init__subcmd__phase,show-join-command)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__show__subcmd__join__subcmd__command"
                ;;
            kubeforge__subcmd__init__subcmd__phase,upload-certs)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__upload__subcmd__certs"
                ;;
            kubeforge__subcmd__init__subcmd__phase,upload-config)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__upload__subcmd__config"
                ;;
            kubeforge__subcmd__init__subcmd__phase,wait-control-plane)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs,sa)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,apiserver-etcd-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,etcd-ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,etcd-peer)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,etcd-server)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,front-proxy-ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,front-proxy-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help,sa)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__sa"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__etcd,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__etcd,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__etcd,local)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__local"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help,local)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help__subcmd__local"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,agent-start)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,bootstrap-token)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__bootstrap__subcmd__token"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,certs)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,control-plane)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,etcd)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,kubeconfig)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,mark-control-plane)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,preflight)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__preflight"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,show-join-command)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__show__subcmd__join__subcmd__command"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,upload-certs)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__upload__subcmd__certs"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,upload-config)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__upload__subcmd__config"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help,wait-control-plane)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs,sa)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd,local)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd__subcmd__local"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,admin)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__admin"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,all)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,controller-manager)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,help)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,kubelet)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__kubelet"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,scheduler)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__scheduler"
                ;;
            kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help,super-admin)
                cmd="kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__join,help)
                cmd="kubeforge__subcmd__join__subcmd__help"
                ;;
            kubeforge__subcmd__join,phase)
                cmd="kubeforge__subcmd__join__subcmd__phase"
                ;;
            kubeforge__subcmd__join__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__help,phase)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,agent-start)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,control-plane-join)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,control-plane-prepare)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,tls-bootstrap)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__tls__subcmd__bootstrap"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,wait-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase,wait-node)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__wait__subcmd__node"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,all)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,etcd)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,mark-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,all)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,certs)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,control-plane)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,download-certs)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,kubeconfig)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,all)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,ca)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,sa)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase,agent-start)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__join__subcmd__phase,control-plane-join)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join"
                ;;
            kubeforge__subcmd__join__subcmd__phase,control-plane-prepare)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare"
                ;;
            kubeforge__subcmd__join__subcmd__phase,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__join__subcmd__phase,tls-bootstrap)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__tls__subcmd__bootstrap"
                ;;
            kubeforge__subcmd__join__subcmd__phase,wait-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase,wait-node)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__wait__subcmd__node"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,etcd)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join,mark-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help,etcd)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__etcd"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help,mark-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,certs)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,download-certs)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare,kubeconfig)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,sa)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,apiserver-etcd-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,etcd-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,etcd-peer)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,etcd-server)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,front-proxy-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,front-proxy-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help,sa)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__sa"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help,certs)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help,control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help,download-certs)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__download__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help,kubeconfig)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs,sa)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,kubelet)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__kubelet"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help,super-admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,agent-start)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__agent__subcmd__start"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,control-plane-join)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,control-plane-prepare)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,help)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,preflight)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__preflight"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,tls-bootstrap)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__tls__subcmd__bootstrap"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,wait-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__wait__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help,wait-node)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__wait__subcmd__node"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join,etcd)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join,mark-control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare,certs)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare,control-plane)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare,download-certs)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare,kubeconfig)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-etcd-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,apiserver-kubelet-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-healthcheck-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-peer)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,etcd-server)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-ca)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,front-proxy-client)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs,sa)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,apiserver)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,all)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,controller-manager)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,kubelet)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,scheduler)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler"
                ;;
            kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig,super-admin)
                cmd="kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin"
                ;;
            kubeforge__subcmd__reset,help)
                cmd="kubeforge__subcmd__reset__subcmd__help"
                ;;
            kubeforge__subcmd__reset,phase)
                cmd="kubeforge__subcmd__reset__subcmd__phase"
                ;;
            kubeforge__subcmd__reset__subcmd__help,help)
                cmd="kubeforge__subcmd__reset__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__reset__subcmd__help,phase)
                cmd="kubeforge__subcmd__reset__subcmd__help__subcmd__phase"
                ;;
            kubeforge__subcmd__reset__subcmd__help__subcmd__phase,cleanup-node)
                cmd="kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__cleanup__subcmd__node"
                ;;
            kubeforge__subcmd__reset__subcmd__help__subcmd__phase,delete-node)
                cmd="kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__delete__subcmd__node"
                ;;
            kubeforge__subcmd__reset__subcmd__help__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__reset__subcmd__help__subcmd__phase,remove-etcd-member)
                cmd="kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__remove__subcmd__etcd__subcmd__member"
                ;;
            kubeforge__subcmd__reset__subcmd__phase,cleanup-node)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__cleanup__subcmd__node"
                ;;
            kubeforge__subcmd__reset__subcmd__phase,delete-node)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__delete__subcmd__node"
                ;;
            kubeforge__subcmd__reset__subcmd__phase,help)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__help"
                ;;
            kubeforge__subcmd__reset__subcmd__phase,preflight)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__preflight"
                ;;
            kubeforge__subcmd__reset__subcmd__phase,remove-etcd-member)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__remove__subcmd__etcd__subcmd__member"
                ;;
            kubeforge__subcmd__reset__subcmd__phase__subcmd__help,cleanup-node)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__cleanup__subcmd__node"
                ;;
            kubeforge__subcmd__reset__subcmd__phase__subcmd__help,delete-node)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__delete__subcmd__node"
                ;;
            kubeforge__subcmd__reset__subcmd__phase__subcmd__help,help)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__reset__subcmd__phase__subcmd__help,preflight)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__preflight"
                ;;
            kubeforge__subcmd__reset__subcmd__phase__subcmd__help,remove-etcd-member)
                cmd="kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__remove__subcmd__etcd__subcmd__member"
                ;;
            kubeforge__subcmd__secrets__subcmd__encrypt,help)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help"
                ;;
            kubeforge__subcmd__secrets__subcmd__encrypt,rotate-keys)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__rotate__subcmd__keys"
                ;;
            kubeforge__subcmd__secrets__subcmd__encrypt,status)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__status"
                ;;
            kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help,help)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help,rotate-keys)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help__subcmd__rotate__subcmd__keys"
                ;;
            kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help,status)
                cmd="kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help__subcmd__status"
                ;;
            kubeforge__subcmd__token,create)
                cmd="kubeforge__subcmd__token__subcmd__create"
                ;;
            kubeforge__subcmd__token,delete)
                cmd="kubeforge__subcmd__token__subcmd__delete"
                ;;
            kubeforge__subcmd__token,generate)
                cmd="kubeforge__subcmd__token__subcmd__generate"
                ;;
            kubeforge__subcmd__token,help)
                cmd="kubeforge__subcmd__token__subcmd__help"
                ;;
            kubeforge__subcmd__token,list)
                cmd="kubeforge__subcmd__token__subcmd__list"
                ;;
            kubeforge__subcmd__token__subcmd__help,create)
                cmd="kubeforge__subcmd__token__subcmd__help__subcmd__create"
                ;;
            kubeforge__subcmd__token__subcmd__help,delete)
                cmd="kubeforge__subcmd__token__subcmd__help__subcmd__delete"
                ;;
            kubeforge__subcmd__token__subcmd__help,generate)
                cmd="kubeforge__subcmd__token__subcmd__help__subcmd__generate"
                ;;
            kubeforge__subcmd__token__subcmd__help,help)
                cmd="kubeforge__subcmd__token__subcmd__help__subcmd__help"
                ;;
            kubeforge__subcmd__token__subcmd__help,list)
                cmd="kubeforge__subcmd__token__subcmd__help__subcmd__list"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        kubeforge)
            opts="-v -h -V --root-dir --v --help --version init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__agent)
            opts="-v -h -V --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__apiserver)
            opts="-v -h -V --advertise-address --bind-address --secure-port --tls-cert-file --tls-private-key-file --client-ca-file --etcd-servers --etcd-cafile --etcd-certfile --etcd-keyfile --service-cluster-ip-range --service-node-port-range --max-requests-inflight --max-mutating-requests-inflight --request-timeout --audit-policy-file --audit-log-path --audit-log-maxsize --audit-log-maxbackup --encryption-provider-config --enable-admission-plugins --disable-admission-plugins --authorization-mode --anonymous-auth --service-account-key-file --service-account-signing-key-file --service-account-issuer --service-account-jwks-uri --api-audiences --service-account-max-token-expiration --requestheader-client-ca-file --requestheader-allowed-names --requestheader-username-headers --requestheader-group-headers --requestheader-extra-headers-prefix --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secure-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-cert-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-private-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-servers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-cafile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-certfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-keyfile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cluster-ip-range)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-node-port-range)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-requests-inflight)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-mutating-requests-inflight)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --request-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audit-policy-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audit-log-path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audit-log-maxsize)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audit-log-maxbackup)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --encryption-provider-config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --enable-admission-plugins)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --disable-admission-plugins)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-mode)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --anonymous-auth)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --service-account-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-account-signing-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-account-issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-account-jwks-uri)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-audiences)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-account-max-token-expiration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requestheader-client-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requestheader-allowed-names)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requestheader-username-headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requestheader-group-headers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requestheader-extra-headers-prefix)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs)
            opts="-v -h -V --root-dir --v --help --version check-expiration renew generate-csr rotate-ca help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__check__subcmd__expiration)
            opts="-o -v -h -V --output --warn-within --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json yaml" -- "${cur}"))
                    return 0
                    ;;
                --warn-within)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__generate__subcmd__csr)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__help)
            opts="check-expiration renew generate-csr rotate-ca help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__help__subcmd__check__subcmd__expiration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__help__subcmd__generate__subcmd__csr)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__help__subcmd__renew)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__help__subcmd__rotate__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__renew)
            opts="-v -h -V --new-key --csr-only --csr-dir --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --csr-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__certs__subcmd__rotate__subcmd__ca)
            opts="-v -h -V --path --status --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --path)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__completion)
            opts="-v -h -V --root-dir --v --help --version bash zsh fish"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config)
            opts="-v -h -V --root-dir --v --help --version print help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__help)
            opts="print help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__help__subcmd__print)
            opts="init-defaults join-defaults"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__help__subcmd__print__subcmd__init__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__help__subcmd__print__subcmd__join__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print)
            opts="-v -h -V --root-dir --v --help --version init-defaults join-defaults help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print__subcmd__help)
            opts="init-defaults join-defaults help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print__subcmd__help__subcmd__init__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print__subcmd__help__subcmd__join__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print__subcmd__init__subcmd__defaults)
            opts="-v -h -V --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__config__subcmd__print__subcmd__join__subcmd__defaults)
            opts="-v -h -V --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__controller__subcmd__manager)
            opts="-v -h -V --kubeconfig --bind-address --secure-port --leader-elect --leader-elect-lease-duration --leader-elect-renew-deadline --leader-elect-retry-period --leader-elect-resource-namespace --leader-elect-resource-name --controllers --node-monitor-grace-period --node-monitor-period --root-ca-file --concurrent-syncs --cluster-signing-cert-file --cluster-signing-key-file --service-account-private-key-file --allocate-node-cidrs --cluster-cidr --node-cidr-mask-size --cluster-signing-duration --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kubeconfig)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secure-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --leader-elect-lease-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-renew-deadline)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-retry-period)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-resource-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-resource-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --controllers)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-monitor-grace-period)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-monitor-period)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-ca-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --concurrent-syncs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-signing-cert-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-signing-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-account-private-key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --allocate-node-cidrs)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --cluster-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-cidr-mask-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cluster-signing-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd)
            opts="-v -h -V --root-dir --v --help --version snapshot member help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help)
            opts="snapshot member help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__member)
            opts="list remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__member__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__member__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot)
            opts="save list delete prune verify restore"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__prune)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__save)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__help__subcmd__snapshot__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member)
            opts="-v -h -V --root-dir --v --help --version list remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member__subcmd__help)
            opts="list remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member__subcmd__help__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member__subcmd__list)
            opts="-o -v -h -V --output --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__member__subcmd__remove)
            opts="-v -h -V --force --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot)
            opts="-v -h -V --root-dir --v --help --version save list delete prune verify restore help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__delete)
            opts="-v -h -V --dir --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help)
            opts="save list delete prune verify restore help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__prune)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__save)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__help__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__list)
            opts="-o -v -h -V --dir --output --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__prune)
            opts="-v -h -V --retention --include-manual --dir --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --retention)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__restore)
            opts="-v -h -V --dir --force --bump-revision --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bump-revision)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__save)
            opts="-v -h -V --name --dir --compress --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__etcd__subcmd__snapshot__subcmd__verify)
            opts="-v -h -V --dir --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help)
            opts="init join reset token certs etcd secrets-encrypt config completion version apiserver scheduler controller-manager agent help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__agent)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__certs)
            opts="check-expiration renew generate-csr rotate-ca"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__certs__subcmd__check__subcmd__expiration)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__certs__subcmd__generate__subcmd__csr)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__certs__subcmd__renew)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__certs__subcmd__rotate__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__completion)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__config)
            opts="print"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__config__subcmd__print)
            opts="init-defaults join-defaults"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__config__subcmd__print__subcmd__init__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__config__subcmd__print__subcmd__join__subcmd__defaults)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd)
            opts="snapshot member"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__member)
            opts="list remove"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__member__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__member__subcmd__remove)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot)
            opts="save list delete prune verify restore"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__prune)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__restore)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__save)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__etcd__subcmd__snapshot__subcmd__verify)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init)
            opts="phase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase)
            opts="preflight certs kubeconfig etcd control-plane agent-start wait-control-plane upload-config upload-certs mark-control-plane bootstrap-token show-join-command"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__agent__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__bootstrap__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd)
            opts="all local"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__local)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__show__subcmd__join__subcmd__command)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__upload__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__upload__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__init__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join)
            opts="phase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase)
            opts="preflight control-plane-prepare tls-bootstrap agent-start control-plane-join wait-control-plane wait-node"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__agent__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join)
            opts="all etcd mark-control-plane"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare)
            opts="all download-certs certs kubeconfig control-plane"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__tls__subcmd__bootstrap)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__join__subcmd__phase__subcmd__wait__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__reset)
            opts="phase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__reset__subcmd__phase)
            opts="preflight delete-node remove-etcd-member cleanup-node"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__cleanup__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__delete__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__reset__subcmd__phase__subcmd__remove__subcmd__etcd__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt)
            opts="status rotate-keys"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt__subcmd__rotate__subcmd__keys)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__secrets__subcmd__encrypt__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__token)
            opts="generate create list delete"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__token__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__token__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__token__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__token__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__help__subcmd__version)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version phase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help)
            opts="phase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase)
            opts="preflight certs kubeconfig etcd control-plane agent-start wait-control-plane upload-config upload-certs mark-control-plane bootstrap-token show-join-command"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__agent__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__bootstrap__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd)
            opts="all local"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__etcd__subcmd__local)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__show__subcmd__join__subcmd__command)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__upload__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__upload__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__help__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version preflight certs kubeconfig etcd control-plane agent-start wait-control-plane upload-config upload-certs mark-control-plane bootstrap-token show-join-command help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__agent__subcmd__start)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__bootstrap__subcmd__token)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__all)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__ca)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__etcd__subcmd__server)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__help__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__certs__subcmd__sa)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version all apiserver controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__all)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help)
            opts="all apiserver controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__help__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version all local help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__all)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help)
            opts="all local help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__help__subcmd__local)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__etcd__subcmd__local)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help)
            opts="preflight certs kubeconfig etcd control-plane agent-start wait-control-plane upload-config upload-certs mark-control-plane bootstrap-token show-join-command help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__agent__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__bootstrap__subcmd__token)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd)
            opts="all local"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__etcd__subcmd__local)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__show__subcmd__join__subcmd__command)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__upload__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__upload__subcmd__config)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__help__subcmd__wait__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version all admin super-admin kubelet controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__admin)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__all)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help)
            opts="all admin super-admin kubelet controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__help__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__kubelet)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__scheduler)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__mark__subcmd__control__subcmd__plane)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__preflight)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__show__subcmd__join__subcmd__command)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__upload__subcmd__certs)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__upload__subcmd__config)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__init__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane)
            opts="-v -h -V --config --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --apiserver-cert-extra-sans --control-plane-endpoint --service-cidr --pod-network-cidr --service-dns-domain --cert-dir --token --token-ttl --dry-run --upload-certs --certificate-key --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-cert-extra-sans)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --control-plane-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pod-network-cidr)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --service-dns-domain)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cert-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version phase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help)
            opts="phase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase)
            opts="preflight control-plane-prepare tls-bootstrap agent-start control-plane-join wait-control-plane wait-node"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__agent__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join)
            opts="all etcd mark-control-plane"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare)
            opts="all download-certs certs kubeconfig control-plane"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__tls__subcmd__bootstrap)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__help__subcmd__phase__subcmd__wait__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version preflight control-plane-prepare tls-bootstrap agent-start control-plane-join wait-control-plane wait-node help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__agent__subcmd__start)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version all etcd mark-control-plane help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__all)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help)
            opts="all etcd mark-control-plane help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__etcd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__help__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version all download-certs certs kubeconfig control-plane help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__help__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version all apiserver controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help)
            opts="all apiserver controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__help__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help)
            opts="all download-certs certs kubeconfig control-plane help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__download__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__help__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version all admin super-admin kubelet controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help)
            opts="all admin super-admin kubelet controller-manager scheduler help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__help__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help)
            opts="preflight control-plane-prepare tls-bootstrap agent-start control-plane-join wait-control-plane wait-node help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__agent__subcmd__start)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join)
            opts="all etcd mark-control-plane"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join__subcmd__etcd)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__join__subcmd__mark__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare)
            opts="all download-certs certs kubeconfig control-plane"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs)
            opts="all ca apiserver apiserver-kubelet-client front-proxy-ca front-proxy-client etcd-ca etcd-server etcd-peer etcd-healthcheck-client apiserver-etcd-client sa"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__etcd__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__apiserver__subcmd__kubelet__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__healthcheck__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__peer)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__etcd__subcmd__server)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__ca)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__front__subcmd__proxy__subcmd__client)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__certs__subcmd__sa)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane)
            opts="all apiserver controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__apiserver)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__control__subcmd__plane__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__download__subcmd__certs)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig)
            opts="all admin super-admin kubelet controller-manager scheduler"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 6 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__all)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__controller__subcmd__manager)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__kubelet)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__scheduler)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__control__subcmd__plane__subcmd__prepare__subcmd__kubeconfig__subcmd__super__subcmd__admin)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 7 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__tls__subcmd__bootstrap)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__wait__subcmd__control__subcmd__plane)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__help__subcmd__wait__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__preflight)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__tls__subcmd__bootstrap)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__wait__subcmd__control__subcmd__plane)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__join__subcmd__phase__subcmd__wait__subcmd__node)
            opts="-v -h -V --config --token --discovery-token --tls-bootstrap-token --discovery-token-ca-cert-hash --discovery-token-unsafe-skip-ca-verification --discovery-file --control-plane --certificate-key --advertise-address --apiserver-advertise-address --apiserver-bind-port --node-name --skip-phases --ignore-preflight-errors --etcd-binary --discovery-timeout --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-bootstrap-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-token-ca-cert-hash)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --advertise-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --apiserver-bind-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --node-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ignore-preflight-errors)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --etcd-binary)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --discovery-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset)
            opts="-f -v -h -V --force --allow-quorum-loss --skip-phases --root-dir --v --help --version phase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help)
            opts="phase help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help__subcmd__phase)
            opts="preflight delete-node remove-etcd-member cleanup-node"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__cleanup__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__delete__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__help__subcmd__phase__subcmd__remove__subcmd__etcd__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase)
            opts="-f -v -h -V --force --allow-quorum-loss --skip-phases --root-dir --v --help --version preflight delete-node remove-etcd-member cleanup-node help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__cleanup__subcmd__node)
            opts="-f -v -h -V --force --allow-quorum-loss --skip-phases --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__delete__subcmd__node)
            opts="-f -v -h -V --force --allow-quorum-loss --skip-phases --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__help)
            opts="preflight delete-node remove-etcd-member cleanup-node help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__cleanup__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__delete__subcmd__node)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__preflight)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__help__subcmd__remove__subcmd__etcd__subcmd__member)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__preflight)
            opts="-f -v -h -V --force --allow-quorum-loss --skip-phases --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__reset__subcmd__phase__subcmd__remove__subcmd__etcd__subcmd__member)
            opts="-f -v -h -V --force --allow-quorum-loss --skip-phases --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skip-phases)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__scheduler)
            opts="-v -h -V --kubeconfig --bind-address --secure-port --leader-elect --leader-elect-lease-duration --leader-elect-renew-deadline --leader-elect-retry-period --leader-elect-resource-namespace --leader-elect-resource-name --config --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kubeconfig)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --bind-address)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --secure-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect)
                    COMPREPLY=($(compgen -W "true false" -- "${cur}"))
                    return 0
                    ;;
                --leader-elect-lease-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-renew-deadline)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-retry-period)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-resource-namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --leader-elect-resource-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt)
            opts="-v -h -V --root-dir --v --help --version status rotate-keys help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help)
            opts="status rotate-keys help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help__subcmd__rotate__subcmd__keys)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__rotate__subcmd__keys)
            opts="-v -h -V --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__secrets__subcmd__encrypt__subcmd__status)
            opts="-o -v -h -V --output --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token)
            opts="-v -h -V --root-dir --v --help --version generate create list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__create)
            opts="-v -h -V --print-join-command --ttl --certificate-key --description --groups --usages --kubeconfig --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --certificate-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --description)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --groups)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --usages)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --kubeconfig)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__delete)
            opts="-v -h -V --kubeconfig --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --kubeconfig)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__generate)
            opts="-v -h -V --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__help)
            opts="generate create list delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__help__subcmd__create)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__help__subcmd__delete)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__help__subcmd__generate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__token__subcmd__list)
            opts="-o -v -h -V --output --kubeconfig --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --output)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json" -- "${cur}"))
                    return 0
                    ;;
                --kubeconfig)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        kubeforge__subcmd__version)
            opts="-v -h -V --root-dir --v --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --root-dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                -v)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _kubeforge -o nosort -o bashdefault -o default kubeforge
else
    complete -F _kubeforge -o bashdefault -o default kubeforge
fi

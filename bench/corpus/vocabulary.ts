/**
 * The words synthetic questions and answers are made of: Kubernetes operations vocabulary, so that queries
 * match many questions with different strength and search ranking has real work to do.
 */

/** Areas of a cluster; each section belongs to one and draws most of its subjects from it. */
export const AREAS: readonly { title: string; subjects: readonly string[] }[] = [
  {
    title: 'Node pools',
    subjects: [
      'a system node pool',
      'a user node pool',
      'spot node pools',
      'the node image',
      'node labels',
      'node taints',
    ],
  },
  {
    title: 'Networking',
    subjects: [
      'Azure CNI Overlay',
      'kubenet',
      'the outbound load balancer',
      'a NAT gateway',
      'network policies',
      'the pod CIDR',
    ],
  },
  {
    title: 'Ingress',
    subjects: [
      'the application routing add-on',
      'an NGINX ingress controller',
      'Application Gateway for Containers',
      'TLS termination',
      'an internal load balancer',
      'sticky sessions',
    ],
  },
  {
    title: 'Storage',
    subjects: [
      'Azure Disk volumes',
      'Azure Files shares',
      'a custom StorageClass',
      'ephemeral OS disks',
      'volume snapshots',
      'Premium SSD v2 disks',
    ],
  },
  {
    title: 'Identity',
    subjects: [
      'workload identity',
      'a managed identity',
      'Microsoft Entra ID integration',
      'Kubernetes RBAC',
      'Azure RBAC for Kubernetes',
      'a service principal',
    ],
  },
  {
    title: 'Security',
    subjects: [
      'Microsoft Defender for Containers',
      'pod security admission',
      'the Key Vault secrets provider',
      'image signing',
      'host encryption',
      'the API server allow list',
    ],
  },
  {
    title: 'Upgrades',
    subjects: [
      'the Kubernetes version',
      'automatic upgrades',
      'node surge settings',
      'the planned maintenance window',
      'a long-term support version',
      'the control plane',
    ],
  },
  {
    title: 'Scaling',
    subjects: [
      'the cluster autoscaler',
      'the horizontal pod autoscaler',
      'KEDA scalers',
      'node autoprovisioning',
      'the maximum pod count',
      'virtual nodes',
    ],
  },
  {
    title: 'Monitoring',
    subjects: [
      'Container insights',
      'managed Prometheus',
      'Azure Managed Grafana',
      'control plane logs',
      'diagnostic settings',
      'kubelet metrics',
    ],
  },
  {
    title: 'Cost',
    subjects: [
      'reserved instances',
      'the cost analysis add-on',
      'idle node pools',
      'the Standard pricing tier',
      'outbound data charges',
      'stopped clusters',
    ],
  },
  {
    title: 'Add-ons',
    subjects: [
      'the Azure Policy add-on',
      'the GitOps extension',
      'the Dapr extension',
      'the KEDA add-on',
      'the open service mesh add-on',
      'the Istio-based service mesh',
    ],
  },
  {
    title: 'Windows nodes',
    subjects: [
      'Windows Server node pools',
      'Windows containers',
      'gMSA',
      'the Windows node image',
      'HostProcess containers',
      'Windows admin credentials',
    ],
  },
  {
    title: 'GPUs',
    subjects: [
      'GPU node pools',
      'the NVIDIA device plugin',
      'multi-instance GPU',
      'GPU drivers',
      'the AI toolchain operator',
      'confidential containers',
    ],
  },
  {
    title: 'Private clusters',
    subjects: [
      'a private cluster',
      'the private DNS zone',
      'API server VNet integration',
      'a jump box',
      'private endpoints',
      'the command invoke feature',
    ],
  },
  {
    title: 'DNS',
    subjects: [
      'CoreDNS',
      'a custom DNS server',
      'NodeLocal DNSCache',
      'DNS zone delegation',
      'the cluster FQDN',
      'external DNS',
    ],
  },
  {
    title: 'Certificates',
    subjects: [
      'cluster certificates',
      'certificate rotation',
      'cert-manager',
      'the kubelet serving certificate',
      'a custom CA',
      'TLS bootstrapping',
    ],
  },
  {
    title: 'Backup',
    subjects: [
      'Azure Backup for AKS',
      'Velero',
      'etcd snapshots',
      'a restore point',
      'persistent volume backups',
      'cross-region restore',
    ],
  },
  {
    title: 'Policy',
    subjects: [
      'Azure Policy definitions',
      'Gatekeeper constraints',
      'deployment safeguards',
      'resource quotas',
      'limit ranges',
      'admission webhooks',
    ],
  },
  {
    title: 'Service mesh',
    subjects: [
      'Istio sidecars',
      'mutual TLS',
      'an egress gateway',
      'traffic splitting',
      'the mesh certificate authority',
      'Envoy proxies',
    ],
  },
  {
    title: 'Registries',
    subjects: [
      'Azure Container Registry',
      'image pull secrets',
      'artifact streaming',
      'a pull-through cache',
      'geo-replicated registries',
      'image cleanup',
    ],
  },
];

/** Aspects that split an area into sections of about 100 questions. */
export const FACETS = ['basics', 'limits', 'troubleshooting', 'automation', 'migration'] as const;

export const ACTIONS = [
  'upgrade',
  'resize',
  'rotate',
  'restart',
  'migrate',
  'back up',
  'monitor',
  'encrypt',
  'scale',
  'delete',
  'configure',
  'troubleshoot',
  'automate',
  'audit',
  'tag',
  'move',
  'isolate',
  'patch',
  'debug',
  'replace',
] as const;

export const SYMPTOMS = [
  'stay in a failed state',
  'lose connectivity',
  'restart repeatedly',
  'report NotReady',
  'time out',
  'show high latency',
  'fail to schedule pods',
  'run out of IP addresses',
  'return 403 errors',
  'drop DNS queries',
] as const;

export const MOMENTS = [
  'after an upgrade',
  'during a scale-out',
  'behind a firewall',
  'after rotating credentials',
  'in a private cluster',
  'with Azure CNI Overlay',
  'on Windows nodes',
  'under heavy load',
  'after a region outage',
  'after a node reimage',
] as const;

export const EVENTS = [
  'the cluster is stopped',
  'a node is reimaged',
  'the subscription moves',
  'a zone goes down',
  'a certificate expires',
  'the control plane is upgraded',
  'the node pool is scaled to zero',
  'a maintenance window starts',
  'the quota is reached',
] as const;

export const CONTEXTS = [
  'across availability zones',
  'in a private cluster',
  'with Terraform',
  'with the Azure CLI',
  'with Bicep',
  'in a sovereign cloud',
  'on spot nodes',
  'with kubenet',
  'with Azure CNI',
  'from a CI pipeline',
  'without downtime',
  'in a multi-tenant cluster',
  'on Arm64 nodes',
  'in production',
] as const;

export const COMMANDS = [
  'az aks upgrade',
  'kubectl get nodes',
  'kubectl describe pod',
  '--enable-cluster-autoscaler',
  '--max-pods',
  'maxSurge',
  'PodDisruptionBudget',
  'az aks nodepool add',
  'kubectl drain',
  '--network-plugin azure',
  'az aks get-credentials',
  'nodeSelector',
  'tolerations',
  'StorageClass',
  'az aks update',
  'kube-system',
  '--zones 1 2 3',
  'az aks show',
  'kubectl logs',
  'kubectl top nodes',
] as const;

export const TOOLS = [
  'the Azure portal',
  'the Azure CLI',
  'Terraform',
  'Bicep',
  'an ARM template',
  'kubectl',
  'Azure Resource Graph',
] as const;

package io.github.lambdalint.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.lambdalint.model.TemplateModel;
import io.github.lambdalint.model.database.Databases;
import io.github.lambdalint.model.database.RdsDatabase;
import io.github.lambdalint.model.service.CacheCluster;
import io.github.lambdalint.model.service.LoadBalancer;
import io.github.lambdalint.model.service.SearchDomain;
import io.github.lambdalint.model.service.VpcServices;
import io.github.lambdalint.resolve.Value;

class VpcServiceReaderTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: "2010-09-09"
            Parameters:
              Subnets:
                Type: List<AWS::EC2::Subnet::Id>
            Resources:
              CacheSubnets:
                Type: AWS::ElastiCache::SubnetGroup
                Properties:
                  Description: cache
                  SubnetIds: [subnet-1, subnet-2]
              Memcached:
                Type: AWS::ElastiCache::CacheCluster
                Properties:
                  Engine: memcached
                  CacheNodeType: cache.t4g.micro
                  NumCacheNodes: 1
                  CacheSubnetGroupName: !Ref CacheSubnets
                  VpcSecurityGroupIds: [sg-1]
              Redis:
                Type: AWS::ElastiCache::ReplicationGroup
                Properties:
                  ReplicationGroupDescription: redis
                  Port: 6380
                  CacheSubnetGroupName: external-group
                  SecurityGroupIds: [sg-2]
              Serverless:
                Type: AWS::ElastiCache::ServerlessCache
                Properties:
                  ServerlessCacheName: s
                  Engine: valkey
                  SubnetIds: !Ref Subnets
              MemorySubnets:
                Type: AWS::MemoryDB::SubnetGroup
                Properties:
                  SubnetGroupName: m
                  SubnetIds: [subnet-3]
              Memory:
                Type: AWS::MemoryDB::Cluster
                Properties:
                  ClusterName: m
                  NodeType: db.t4g.small
                  ACLName: open-access
                  SubnetGroupName: !Ref MemorySubnets
              Internal:
                Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                Properties:
                  Scheme: internal
                  Subnets: !Ref Subnets
              Classic:
                Type: AWS::ElasticLoadBalancing::LoadBalancer
                Properties:
                  Listeners: [{LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP}]
                  Subnets: !Ref Subnets
              Search:
                Type: AWS::OpenSearchService::Domain
                Properties:
                  VPCOptions:
                    SubnetIds: !Ref Subnets
              Legacy:
                Type: AWS::Elasticsearch::Domain
                Properties:
                  ElasticsearchVersion: "7.10"
              ClusterParameters:
                Type: AWS::RDS::DBClusterParameterGroup
                Properties:
                  Description: p
                  Family: aurora-mysql8.0
                  Parameters:
                    aws_default_lambda_role: arn:aws:iam::123456789012:role/invoke
              Serverlessv1:
                Type: AWS::RDS::DBCluster
                Properties:
                  Engine: aurora-mysql
                  EngineMode: serverless
                  DBClusterParameterGroupName: !Ref ClusterParameters
                  AssociatedRoles: !Ref AWS::NoValue
              Member:
                Type: AWS::RDS::DBInstance
                Properties:
                  Engine: aurora-mysql
                  DBClusterIdentifier: !Ref Serverlessv1
                  DBInstanceClass: db.r6g.large
                  AssociatedRoles:
                    - !If [Never, {RoleArn: x, FeatureName: Lambda}, !Ref AWS::NoValue]
              Proxy:
                Type: AWS::RDS::DBProxy
                Properties:
                  EngineFamily: POSTGRESQL
              ProxyEndpoint:
                Type: AWS::RDS::DBProxyEndpoint
                Properties:
                  DBProxyName: !Ref Proxy
            Conditions:
              Never: !Equals [a, b]
            """;

    private final TemplateModel model = Models.inline(TEMPLATE);

    @Test
    void readsCachesWithTheirSubnetGroupsSubnets() {
        VpcServices services = model.services();
        assertThat(services.caches()).containsOnlyKeys("Memcached", "Redis", "Serverless", "Memory");
        CacheCluster memcached = services.caches().get("Memcached");
        assertThat(memcached.kind()).isEqualTo(CacheCluster.Kind.CACHE_CLUSTER);
        assertThat(memcached.engine().flatMap(Value::asText)).contains("memcached");
        assertThat(memcached.subnetIds().flatMap(Value::asList)).get().asList().hasSize(2);
        assertThat(memcached.securityGroups()).isPresent();
        CacheCluster redis = services.caches().get("Redis");
        assertThat(redis.port().flatMap(Value::asLong)).contains(6380L);
        assertThat(redis.subnetIds()).isEmpty(); // the subnet group is outside the template
        assertThat(services.caches().get("Serverless").subnetIds()).get().isInstanceOf(Value.ParameterRef.class);
        assertThat(services.caches().get("Memory").kind()).isEqualTo(CacheCluster.Kind.MEMORYDB_CLUSTER);
        assertThat(services.caches().get("Memory").subnetIds().flatMap(Value::asList)).get().asList().hasSize(1);
    }

    @Test
    void readsLoadBalancersAndSearchDomains() {
        VpcServices services = model.services();
        assertThat(services.loadBalancer("Internal").flatMap(LoadBalancer::scheme).flatMap(Value::asText))
                .contains("internal");
        assertThat(services.loadBalancer("Classic").map(LoadBalancer::kind)).contains(LoadBalancer.Kind.CLASSIC);
        assertThat(services.loadBalancer("Classic").flatMap(LoadBalancer::scheme)).isEmpty();
        assertThat(services.searchDomain("Search").flatMap(SearchDomain::vpcOptions)).isPresent();
        assertThat(services.searchDomain("Legacy").map(SearchDomain::kind)).contains(SearchDomain.Kind.ELASTICSEARCH);
        assertThat(services.searchDomain("Legacy").flatMap(SearchDomain::vpcOptions)).isEmpty();
    }

    @Test
    void readsClusterParameterGroupsEngineModeAndProxyEngineFamily() {
        Databases databases = model.databases();
        assertThat(databases.clusterParameterGroups().get("ClusterParameters").parameter("aws_default_lambda_role")
                .flatMap(Value::asText)).contains("arn:aws:iam::123456789012:role/invoke");
        RdsDatabase cluster = databases.database("Serverlessv1").orElseThrow();
        assertThat(cluster.engineMode().flatMap(Value::asText)).contains("serverless");
        assertThat(cluster.associatedRolesComplete()).isTrue();
        assertThat(databases.membersOf("Serverlessv1")).extracting(RdsDatabase::logicalId).containsExactly("Member");
        RdsDatabase member = databases.database("Member").orElseThrow();
        assertThat(databases.clusterOf(member).map(RdsDatabase::logicalId)).contains("Serverlessv1");
        assertThat(member.associatedRolesComplete()).isTrue(); // the conditional role is decided: Never is false
        assertThat(databases.proxy("ProxyEndpoint").flatMap(p -> p.engineFamily()).flatMap(Value::asText))
                .contains("POSTGRESQL");
    }
}

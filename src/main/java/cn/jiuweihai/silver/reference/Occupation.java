package cn.jiuweihai.silver.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An occupation of 职业分类大典 (2022); {@code code} is null where no code is confirmed. */
@Entity
@Table(name = "occupation")
public class Occupation extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(nullable = false)
    public String name;

    public String code;
}
